import { ClinicApi, uniqueLabel, utcDate } from './support/api';
import { fillSchedule } from './support/appointment-form';
import { expect, test } from './support/fixtures';

/**
 * A start time later today (UTC, the suite clinic's zone) that leaves the patient time to ask
 * and still ends before midnight; null when the day is too far gone.
 */
function laterToday(now = new Date()): string | null {
  const start = Math.ceil((now.getUTCHours() * 60 + now.getUTCMinutes() + 20) / 5) * 5;
  if (start > 23 * 60 + 25) return null;
  return `${String(Math.floor(start / 60)).padStart(2, '0')}:${String(start % 60).padStart(2, '0')}`;
}

test('a patient’s request is confirmed, then completed, and both open pages follow', async ({
  pageAs,
  request,
}) => {
  const laterTime = laterToday();
  test.skip(
    laterTime === null,
    'Too little of the UTC day is left to book, confirm and complete a visit later today.',
  );
  const startTime = laterTime ?? '';
  const today = utcDate();
  const api = await ClinicApi.asOwner(request);
  const dentist = await api.createDentist('Dina Dentist');
  const staff = await api.createUser('Stan Staff', 'staff');
  const patient = await api.createUser('Pia Patient', 'patient');
  const service = await api.createService(uniqueLabel('Check-up'));

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
    await fillSchedule(patientPage, dialog, {
      date: today,
      time: startTime,
      dentist: dentist.name,
      service: service.name,
    });
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

  await test.step('staff complete it, its day having come, and the patient sees it', async () => {
    await staffRow.getByRole('button', { name: /^Complete/ }).click();
    await expect(staffRow).toContainText('Completed');
    // A completed visit belongs with the past ones.
    await expect(patientPage.getByRole('tab', { name: 'Past (1)' })).toBeVisible();
    await patientPage.getByRole('tab', { name: /Past/ }).click();
    await expect(patientCard).toHaveCount(1);
    await expect(patientCard).toContainText('Completed');
  });
});
