import type { Page } from '@playwright/test';
import { owner } from './support/accounts';
import { ClinicApi, type CreatedUser, longDate, uniqueLabel, utcDate } from './support/api';
import { pickOption } from './support/appointment-form';
import { expect, test } from './support/fixtures';

// Two people's browsers in one journey, each dialog filled field by field: a budget of their
// own, so that only a hang, never a busy machine, runs one out of time.
test.describe.configure({ timeout: 150_000 });

/**
 * The notice sits over the buttons at the bottom right, and stays while the pointer (left
 * there by the dialog's save button) rests on it.
 */
async function dismissNotice(page: Page, text: string): Promise<void> {
  const notice = page.getByRole('alert').filter({ hasText: text });
  await notice.getByRole('button').click();
  await expect(notice).toBeHidden();
}

let dentist: CreatedUser;
let frontDesk: CreatedUser;
let patient: CreatedUser;

test.beforeAll(async ({ request }) => {
  const api = await ClinicApi.asOwner(request);
  dentist = await api.createDentist(uniqueLabel('Dana Hours'));
  frontDesk = await api.createUser(uniqueLabel('Fran Desk'), 'staff');
  patient = await api.createUser(uniqueLabel('Pat Schedule'), 'patient');
});

test('the owner sets a dentist’s weekly hours and a closure, and sees them', async ({ pageAs }) => {
  const page = await pageAs(owner);
  await page.goto('/owner');
  await page.getByRole('link', { name: 'Schedule' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Schedule' })).toBeVisible();

  await pickOption(page, page.locator('main'), 'Dentist', dentist.name);
  await expect(page.getByText(`${dentist.name} has no weekly pattern`)).toBeVisible();

  await page.getByRole('button', { name: 'New weekly pattern' }).click();
  const editor = page.getByRole('dialog', { name: `New weekly pattern for ${dentist.name}` });
  await expect(editor.getByRole('checkbox', { name: 'Since always' })).toBeChecked();
  await editor.getByLabel('Monday interval 1 from').fill('09:00');
  await editor.getByLabel('Monday interval 1 to').fill('12:00');
  await editor.getByRole('button', { name: 'Add hours on Monday' }).click();
  await editor.getByLabel('Monday interval 2 from').fill('13:00');
  await editor.getByLabel('Monday interval 2 to').fill('17:00');
  await editor.getByRole('button', { name: 'Copy Monday to Tuesday–Friday' }).click();
  await editor.getByRole('button', { name: 'Remove Friday interval 2' }).click();
  await editor.getByRole('button', { name: 'Save pattern' }).click();
  await expect(editor).toBeHidden();
  await dismissNotice(page, `The weekly hours of ${dentist.name} were saved.`);

  const week = page.getByRole('table', { name: `Working hours of ${dentist.name}` });
  const monday = week.locator('td[data-day="mon"]');
  await expect(monday).toContainText('09:00–12:00');
  await expect(monday).toContainText('13:00–17:00');
  await expect(week.locator('td[data-day="fri"]')).toHaveText('09:00–12:00');
  await expect(week.locator('td[data-day="sat"]')).toHaveText('Off');
  await expect(page.getByRole('row', { name: /Since always/ })).toContainText('In force');

  // A date the other journeys do not book on, so that the closure disturbs none of them.
  const holiday = utcDate(300);
  const reason = uniqueLabel('Public holiday');
  await page.getByRole('button', { name: 'Add closure' }).click();
  const closure = page.getByRole('dialog', { name: 'Add closure' });
  await closure.getByRole('textbox', { name: 'First day' }).fill(holiday);
  await closure.getByRole('textbox', { name: 'Last day' }).fill(holiday);
  await closure.getByLabel('Reason').fill(reason);
  await closure.getByRole('button', { name: 'Save closure' }).click();
  await expect(closure).toBeHidden();
  await dismissNotice(page, 'The closure was saved.');
  const closures = page.getByRole('region', { name: 'Clinic closures' });
  const row = closures.getByRole('row', { name: new RegExp(reason) });
  await expect(row).toContainText(longDate(holiday));
  await expect(row).toContainText('Whole day');

  await row.getByRole('button', { name: `Delete ${longDate(holiday)}` }).click();
  await page
    .getByRole('dialog', { name: 'Delete this closure?' })
    .getByRole('button', {
      name: 'Delete',
    })
    .click();
  await expect(row).toBeHidden();
});

test('the front desk records a dentist’s time off, and nothing else', async ({ pageAs }) => {
  // The owner looks at the same dentist meanwhile: the list follows without a reload.
  const ownerPage = await pageAs(owner);
  await ownerPage.goto('/owner/schedule');
  await expect(ownerPage.getByRole('heading', { level: 1, name: 'Schedule' })).toBeVisible();
  await pickOption(ownerPage, ownerPage.locator('main'), 'Dentist', dentist.name);
  const ownersTimeOff = ownerPage.getByRole('region', { name: 'Time off' });
  await expect(ownersTimeOff).toContainText('No time off coming up.');

  const page = await pageAs(frontDesk);
  await page.goto('/staff');
  await page.getByRole('link', { name: 'Time off' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Time off' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add closure' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add extra hours' })).toHaveCount(0);

  const day = utcDate(301);
  const reason = uniqueLabel('Training');
  await page.getByRole('button', { name: 'Add time off' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add time off' });
  await pickOption(page, dialog, 'Dentist', dentist.name);
  await dialog.getByRole('textbox', { name: 'First day' }).fill(day);
  await dialog.getByRole('switch', { name: 'Whole days' }).uncheck();
  await dialog.getByLabel('Starts at').fill('09:00');
  await dialog.getByLabel('Ends at').fill('12:00');
  await dialog.getByLabel('Reason').fill(reason);
  await dialog.getByRole('button', { name: 'Save time off' }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByRole('row', { name: new RegExp(reason) });
  await expect(row).toContainText(longDate(day));
  await expect(row).toContainText('09:00–12:00');
  await expect(row).toContainText(dentist.name);
  await expect(ownersTimeOff.getByRole('row', { name: new RegExp(reason) })).toBeVisible();
});

test('a patient cannot reach the schedule pages', async ({ pageAs }) => {
  const page = await pageAs(patient);
  for (const path of ['/owner/schedule', '/staff/time-off']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/patient$/);
  }
  await expect(page.getByRole('link', { name: 'Schedule' })).toHaveCount(0);
});
