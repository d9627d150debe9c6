import { expect, test } from '@playwright/test';
import { owner } from './support/accounts';
import { ClinicApi, pageSignedInAs, utcDate } from './support/api';
import { fillSchedule } from './support/appointment-form';
import { expectNoSeriousA11yViolations } from './support/axe';

test('the owner reads who changed which appointment, live, and filters the log', async ({
  browser,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const dentist = await api.createDentist('Ada Auditdentist');
  const patient = await api.createUser('Lou Logged', 'patient');
  await api.createAppointment({
    patient: patient.id,
    dentist: dentist.id,
    date: utcDate(9),
    time: '09:00',
    notes: 'Booked for the audit log',
  });

  const page = await pageSignedInAs(browser, owner);
  await page.goto('/owner');
  await page.getByRole('navigation').getByRole('link', { name: 'Audit log' }).click();
  await expect(page).toHaveURL(/\/owner\/audit$/);
  await expect(page.getByRole('heading', { name: 'Audit log', level: 1 })).toBeVisible();
  // Newest first, so the first of the patient's rows is the latest change to their appointment.
  const rows = page.getByRole('row').filter({ hasText: patient.name });

  await test.step('the booking is listed with who made it', async () => {
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Created');
    await expect(rows.first()).toContainText(owner.name);
    // The pointer still rests on the menu link it clicked: its hover shade is audited too.
    await expectNoSeriousA11yViolations(page);
  });

  await test.step('a change made from the log shows up in it without a reload', async () => {
    await rows
      .first()
      .getByRole('button', { name: /^View the appointment/ })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Appointment' });
    await dialog.getByRole('button', { name: 'Edit', exact: true }).click();
    const edit = page.getByRole('dialog', { name: 'Edit appointment' });
    await fillSchedule(page, edit, { time: '11:30' });
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(edit).toBeHidden();
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(dialog).toBeHidden();

    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText('Changed');
    await expect(rows.first()).toContainText(owner.name);
    await expect(rows.first()).toContainText('Time: 09:00 → 11:30');
  });

  await test.step('a deleted appointment keeps its lines, which no longer open it', async () => {
    await rows
      .first()
      .getByRole('button', { name: /^View the appointment/ })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Appointment' });
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this appointment?' });
    await confirm.getByRole('button', { name: 'Delete appointment' }).click();
    await expect(confirm).toBeHidden();

    await expect(rows).toHaveCount(3);
    await expect(rows.first()).toContainText('Deleted');
    await expect(rows.getByRole('button', { name: /^View the appointment/ })).toHaveCount(0);
  });

  await test.step('filtering by action keeps to deletions, with the patient’s name', async () => {
    await page.getByRole('combobox', { name: 'Action' }).click();
    await page.getByRole('option', { name: 'Deleted', exact: true }).click();
    await expect(page).toHaveURL(/[?&]action=deleted/);
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText('Deleted');
    await expect(rows).toContainText(patient.name);
    await expect(page.getByRole('row').filter({ hasText: 'Created' })).toHaveCount(0);
  });

  await test.step('on a phone the lines are cards that fit the screen', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    await expect(page.getByRole('article').filter({ hasText: patient.name })).toContainText(
      'Deleted',
    );
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('the audit log is the owner’s alone', async ({ browser, request }) => {
  const api = await ClinicApi.asOwner(request);
  const staff = await api.createUser('Stan Staff', 'staff');
  const page = await pageSignedInAs(browser, staff);

  await page.goto('/owner/audit');
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.getByRole('heading', { name: 'Audit log' })).toHaveCount(0);
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Audit log' })).toHaveCount(
    0,
  );
  const response = await page.request.get('/api/audit');
  expect(response.status()).toBe(403);
});
