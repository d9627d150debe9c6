import { owner } from './support/accounts';
import { ClinicApi, uniqueLabel, utcWeekday, weekdayAfter } from './support/api';
import { fillSchedule, pickPatient } from './support/appointment-form';
import { expect, test } from './support/fixtures';

test('the owner books, moves and deletes an appointment while the patient watches', async ({
  pageAs,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const dentist = await api.createDentist('Dario Dentist');
  const patient = await api.createUser('Paz Patient', 'patient');
  const service = await api.createService(uniqueLabel('Cleaning'), 45);
  // Weekdays, when the clinic is open.
  const firstDay = utcWeekday(7);
  const secondDay = weekdayAfter(firstDay);

  const ownerPage = await pageAs(owner);
  const patientPage = await pageAs(patient);
  await patientPage.goto('/patient/appointments');
  await expect(patientPage.getByText('No upcoming appointments')).toBeVisible();
  await ownerPage.goto('/owner/appointments');
  await expect(ownerPage.getByRole('heading', { name: 'Appointments', level: 1 })).toBeVisible();
  const row = ownerPage.getByRole('row').filter({ hasText: patient.email });
  const card = patientPage.getByRole('article');

  await test.step('the owner books the patient in', async () => {
    await ownerPage.getByRole('button', { name: 'New appointment' }).first().click();
    const dialog = ownerPage.getByRole('dialog', { name: 'New appointment' });
    await pickPatient(ownerPage, dialog, patient);
    await fillSchedule(ownerPage, dialog, {
      date: firstDay,
      time: '10:00',
      dentist: dentist.name,
      service: service.name,
    });
    await dialog.getByLabel('Notes').fill('First visit');
    await dialog.getByRole('button', { name: 'Book appointment' }).click();
    await expect(dialog).toBeHidden();
    await expect(row).toContainText('10:00–10:45');
    await expect(row).toContainText('Confirmed');
  });

  await test.step('the patient’s page shows it without a reload', async () => {
    await expect(card).toHaveCount(1);
    await expect(card).toContainText('10:00–10:45');
    await expect(card).toContainText('Confirmed');
    await expect(card).toContainText('First visit');
  });

  await test.step('the owner moves it to another day and time and changes the notes', async () => {
    await row.getByRole('button', { name: /^More actions/ }).click();
    await ownerPage.getByRole('menuitem', { name: 'Edit' }).click();
    const dialog = ownerPage.getByRole('dialog', { name: 'Edit appointment' });
    await expect(dialog.getByLabel('Patient')).toHaveValue(new RegExp(patient.name));
    await fillSchedule(ownerPage, dialog, { date: secondDay, time: '11:30' });
    await dialog.getByLabel('Notes').fill('Moved at the patient’s request');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(dialog).toBeHidden();
    await expect(row).toContainText('11:30–12:15');
  });

  await test.step('the patient’s page follows the move', async () => {
    await expect(card).toContainText('11:30–12:15');
    await expect(card).toContainText('Moved at the patient’s request');
    await expect(card).not.toContainText('First visit');
  });

  await test.step('the view lists who changed what', async () => {
    await row.getByRole('button', { name: /^View/ }).click();
    const dialog = ownerPage.getByRole('dialog', { name: 'Appointment' });
    await expect(dialog.getByRole('region', { name: 'Patient' })).toContainText(patient.phone);
    const history = dialog.getByRole('list', { name: 'Change history' });
    await expect(history).toContainText(`Created by ${owner.name}`);
    await expect(history).toContainText(`Changed by ${owner.name}`);
    await expect(history).toContainText('Time: 10:00 → 11:30');
    await expect(history).toContainText('Notes: First visit → Moved at the patient’s request');
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('the owner deletes it after confirming, and it leaves both pages', async () => {
    await row.getByRole('button', { name: /^More actions/ }).click();
    await ownerPage.getByRole('menuitem', { name: 'Delete' }).click();
    const confirm = ownerPage.getByRole('dialog', { name: 'Delete this appointment?' });
    await expect(confirm).toContainText(patient.name);
    await confirm.getByRole('button', { name: 'Delete appointment' }).click();
    await expect(confirm).toBeHidden();
    await expect(row).toHaveCount(0);
    await expect(card).toHaveCount(0);
    await expect(patientPage.getByText('No upcoming appointments')).toBeVisible();
  });
});
