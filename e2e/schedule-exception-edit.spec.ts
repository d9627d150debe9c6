import { owner } from './support/accounts';
import { ClinicApi, longDate, uniqueLabel, utcDate, utcWeekday } from './support/api';
import { pickOption } from './support/appointment-form';
import {
  dentistWorkingOnlyOn,
  freeTime,
  freeTimes,
  openPickerOnNextFreeDay,
} from './support/availability';
import { expectNoSeriousA11yViolations } from './support/axe';
import { expect, test } from './support/fixtures';

// Two people's browsers and an accessibility scan in one journey: a budget of its own, so
// that only a hang, never a busy machine, runs it out of time.
test.describe.configure({ timeout: 150_000 });

test('the owner moves a dentist’s time off, and a patient’s open free times follow', async ({
  pageAs,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const day = utcWeekday(4);
  const dentist = await dentistWorkingOnlyOn(api, 'Moved', day);
  const service = await api.createService(uniqueLabel('Moved check-up'), 30, {
    dentists: [dentist.id],
  });
  const reason = uniqueLabel('Course');
  await api.addTimeOff(dentist.id, { from: day }, { start: '09:00', end: '10:00' }, reason);

  const patientPage = await pageAs(await api.createUser(uniqueLabel('Pia Patient'), 'patient'));
  const picker = await openPickerOnNextFreeDay(patientPage, { service: service.name, dentist });
  await expect(picker.getByRole('group', { name: `Free times on ${longDate(day)}` })).toBeVisible();
  await expect(freeTimes(picker).first()).toHaveText('10:00');
  await expect(freeTime(picker, '09:00')).toHaveCount(0);

  const page = await pageAs(owner);
  await page.goto('/owner/schedule');
  await expect(page.getByRole('heading', { level: 1, name: 'Schedule' })).toBeVisible();
  await pickOption(page, page.locator('main'), 'Dentist', dentist.name);
  const row = page
    .getByRole('region', { name: 'Time off' })
    .getByRole('row', { name: new RegExp(reason) });
  await expect(row).toContainText('09:00–10:00');

  await row.getByRole('button', { name: `Edit ${longDate(day)}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit time off' });
  await expect(dialog.getByRole('textbox', { name: 'First day' })).toHaveValue(day);
  await expect(dialog.getByLabel('Starts at')).toHaveValue('09:00');
  await expect(dialog.getByLabel('Reason')).toHaveValue(reason);
  await expectNoSeriousA11yViolations(page);
  await dialog.getByLabel('Starts at').fill('10:00');
  await dialog.getByLabel('Ends at').fill('11:00');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('10:00–11:00');

  // No reload: the patient's page hears that free times changed and asks again.
  await expect(freeTimes(picker).first()).toHaveText('09:00');
  await expect(freeTime(picker, '10:00')).toHaveCount(0);
  await expect(freeTime(picker, '10:30')).toHaveCount(0);
  await expect(freeTime(picker, '11:00')).toBeVisible();
});

test('the owner looks back at past time off, and the list starts with what is coming', async ({
  pageAs,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const dentist = await api.createDentist(uniqueLabel('Back Dentist'));
  const past = uniqueLabel('Last holiday');
  const coming = uniqueLabel('Next course');
  await api.addTimeOff(dentist.id, { from: utcDate(-10), to: utcDate(-8) }, null, past);
  await api.addTimeOff(dentist.id, { from: utcDate(10) }, null, coming);

  const page = await pageAs(owner);
  await page.goto('/owner/schedule');
  await pickOption(page, page.locator('main'), 'Dentist', dentist.name);
  const timeOff = page.getByRole('region', { name: 'Time off' });
  const comingRow = timeOff.getByRole('row', { name: new RegExp(coming) });
  const pastRow = timeOff.getByRole('row', { name: new RegExp(past) });
  await expect(comingRow).toBeVisible();
  await expect(pastRow).toHaveCount(0);

  const showPast = timeOff.getByRole('switch', { name: 'Show past time off' });
  await showPast.check();
  await expect(pastRow).toContainText(longDate(utcDate(-10)));
  await expect(pastRow).toContainText('Past');
  await expect(comingRow).not.toContainText('Past');

  await showPast.uncheck();
  await expect(pastRow).toHaveCount(0);
  await expect(comingRow).toBeVisible();
});
