import { owner } from './support/accounts';
import { ClinicApi, uniqueLabel, utcWeekday } from './support/api';
import { pickOption } from './support/appointment-form';
import { dentistWorkingOnlyOn, freeTime, freeTimes } from './support/availability';
import { expect, test } from './support/fixtures';

// Two people's browsers in one journey: a budget of its own, so that only a hang, never a
// busy machine, runs it out of time.
test.describe.configure({ timeout: 150_000 });

test('the owner gives a service a buffer and its dentists, and free times follow', async ({
  pageAs,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const day = utcWeekday(4);
  const chosen = await dentistWorkingOnlyOn(api, 'Chosen', day);
  const other = await dentistWorkingOnlyOn(api, 'Other', day);
  // Performed by every dentist until the owner says otherwise.
  const service = await api.createService(uniqueLabel('Deep clean'), 30);
  const booked = await api.createUser(uniqueLabel('Bea Booked'), 'patient');
  await api.createAppointment({
    patient: booked.id,
    dentist: chosen.id,
    service: service.id,
    date: day,
    time: '09:00',
    status: 'confirmed',
  });

  const patientPage = await pageAs(await api.createUser(uniqueLabel('Rita Request'), 'patient'));
  await patientPage.goto('/patient/appointments');
  await patientPage.getByRole('button', { name: 'Request appointment' }).first().click();
  const picker = patientPage.getByRole('dialog', { name: 'Request appointment' });
  await pickOption(patientPage, picker, 'Service', service.name);
  // Both dentists perform it for now.
  await pickOption(patientPage, picker, 'Dentist', other.name);
  await pickOption(patientPage, picker, 'Dentist', chosen.name);
  await picker.getByRole('button', { name: 'Next free time' }).click();
  // The 09:00 visit ends at 09:30, and nothing is kept free after it yet.
  await expect(freeTimes(picker).first()).toHaveText('09:30');

  const page = await pageAs(owner);
  await page.goto('/owner/services');
  await page.getByRole('button', { name: `Edit ${service.name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Edit ${service.name}` });
  await dialog.getByLabel('Buffer after (minutes)').fill('30');
  await pickOption(page, dialog, 'Performed by', chosen.name);
  // Its list stays open for more choices, over the dialog's buttons.
  await dialog.getByRole('combobox', { name: 'Performed by' }).press('Tab');
  await expect(page.getByRole('option', { name: chosen.name })).toBeHidden();
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row', { name: new RegExp(service.name) });
  await expect(row).toContainText('30 min');
  await expect(row).toContainText(chosen.name);

  // No reload: the visit at 09:00 now keeps the chair until 10:00.
  await expect(freeTimes(picker).first()).toHaveText('10:00');
  await expect(freeTime(picker, '09:30')).toHaveCount(0);

  // A new request offers only the dentist who performs it.
  await patientPage.reload();
  await patientPage.getByRole('button', { name: 'Request appointment' }).first().click();
  const again = patientPage.getByRole('dialog', { name: 'Request appointment' });
  await pickOption(patientPage, again, 'Service', service.name);
  await again.getByRole('combobox', { name: 'Dentist' }).click();
  await expect(patientPage.getByRole('option', { name: chosen.name })).toBeVisible();
  await expect(patientPage.getByRole('option', { name: other.name })).toHaveCount(0);
});
