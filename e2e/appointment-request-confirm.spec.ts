import { ClinicApi, longDate, uniqueLabel, utcDate } from './support/api';
import { pickOption } from './support/appointment-form';
import { freeTimes } from './support/availability';
import { expect, test } from './support/fixtures';

/**
 * Whether a patient can still ask for a visit later today: the clinic's default notice is two
 * hours, and the visit must end before midnight.
 */
function dayLeftForARequest(now = new Date()): boolean {
  return now.getUTCHours() * 60 + now.getUTCMinutes() + 120 + 30 + 15 <= 23 * 60 + 59;
}

test('a patient’s request is confirmed, then completed, and both open pages follow', async ({
  pageAs,
  request,
}) => {
  test.skip(
    !dayLeftForARequest(),
    'Too little of the UTC day is left to book, confirm and complete a visit later today.',
  );
  const today = utcDate();
  const api = await ClinicApi.asOwner(request);
  const dentist = await api.createDentist('Dina Dentist');
  // Whatever the weekday and hour, the dentist works the rest of today.
  await api.addExtraHours(dentist.id, today, '00:00', '23:59');
  const staff = await api.createUser('Stan Staff', 'staff');
  const patient = await api.createUser('Pia Patient', 'patient');
  const service = await api.createService(uniqueLabel('Check-up'), 30, { dentists: [dentist.id] });
  let startTime = '';

  const patientPage = await pageAs(patient);
  const staffPage = await pageAs(staff);
  await patientPage.goto('/patient/appointments');
  await expect(patientPage.getByText('No upcoming appointments')).toBeVisible();
  await staffPage.goto('/staff/appointments');
  await expect(staffPage.getByRole('heading', { name: 'Appointments', level: 1 })).toBeVisible();
  const staffRow = staffPage.getByRole('row').filter({ hasText: patient.email });
  const patientCard = patientPage.getByRole('article');

  await test.step('the patient requests a visit for later today', async () => {
    await patientPage.getByRole('button', { name: 'Request appointment' }).first().click();
    const dialog = patientPage.getByRole('dialog', { name: 'Request appointment' });
    await expect(
      dialog.getByText('Requests stay pending until the clinic confirms them'),
    ).toBeVisible();
    await pickOption(patientPage, dialog, 'Service', service.name);
    await pickOption(patientPage, dialog, 'Dentist', dentist.name);
    await dialog.getByRole('button', { name: 'Next free time' }).click();
    await expect(
      dialog.getByRole('group', { name: `Free times on ${longDate(today)}` }),
    ).toBeVisible();
    const first = freeTimes(dialog).first();
    startTime = (await first.textContent()) ?? '';
    await first.click();
    await dialog.getByLabel('Notes for the clinic').fill('A filling came loose');
    await dialog.getByRole('button', { name: 'Send request' }).click();
    await expect(dialog).toBeHidden();
    await expect(patientCard).toHaveCount(1);
    await expect(patientCard).toContainText('Pending');
    await expect(patientCard).toContainText(service.name);
    await expect(patientCard).toContainText(dentist.name);
    await expect(patientCard).toContainText('A filling came loose');
  });

  await test.step('the request appears on the staff table as pending, without a reload', async () => {
    await expect(staffRow).toContainText('Pending');
    await expect(staffRow).toContainText(patient.name);
    await expect(staffRow).toContainText(startTime);
  });

  await test.step('staff confirm it and the patient’s page turns confirmed', async () => {
    await staffRow.getByRole('button', { name: /^Confirm/ }).click();
    await expect(staffRow).toContainText('Confirmed');
    await expect(patientCard).toContainText('Confirmed');
    await expect(patientPage.getByText(/was confirmed/).first()).toBeVisible();
  });

  await test.step('staff check the patient in on the day, and the patient sees it', async () => {
    await staffRow.getByRole('button', { name: /^Check in/ }).click();
    await expect(staffRow).toContainText('Checked in');
    await expect(patientCard).toContainText('Checked in');
  });

  await test.step('staff complete it, its day having come, and the patient sees it', async () => {
    await staffRow.getByRole('button', { name: /^More actions/ }).click();
    await staffPage.getByRole('menuitem', { name: 'Complete' }).click();
    await expect(staffRow).toContainText('Completed');
    // A completed visit belongs with the past ones.
    await expect(patientPage.getByRole('tab', { name: 'Past (1)' })).toBeVisible();
    await patientPage.getByRole('tab', { name: /Past/ }).click();
    await expect(patientCard).toHaveCount(1);
    await expect(patientCard).toContainText('Completed');
  });
});
