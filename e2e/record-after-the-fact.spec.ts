import { ClinicApi, uniqueLabel, utcDate } from './support/api';
import { fillSchedule, pickOption } from './support/appointment-form';
import { expect, test } from './support/fixtures';

test('the front desk records yesterday’s emergency as completed, and the history says it was entered afterwards', async ({
  pageAs,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const dentist = await api.createDentist(uniqueLabel('Dr. Lunch'));
  const staff = await api.createUser('Rita Records', 'staff');
  const patient = await api.createUser(uniqueLabel('Evan Emergency'), 'patient');
  const yesterday = utcDate(-1);

  const page = await pageAs(staff);
  await page.goto('/staff/appointments');
  await page.getByRole('button', { name: 'New appointment' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New appointment' });
  await pickOption(page, dialog, 'Patient', patient.name);
  await dialog.getByRole('checkbox', { name: 'Record a visit that already happened' }).check();
  // Seen at lunch, outside anyone's working hours: a record is not held to the free times.
  await fillSchedule(page, dialog, { date: yesterday, time: '13:10', dentist: dentist.name });
  await expect(dialog.getByRole('radio', { name: 'Completed' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Record visit' }).click();
  await expect(dialog).toBeHidden();

  await page.goto(`/staff/appointments?from=${yesterday}&to=${yesterday}`);
  const row = page.getByRole('row').filter({ hasText: patient.name });
  await expect(row).toContainText('Completed');
  await row.getByRole('button', { name: /^View/ }).click();
  const view = page.getByRole('dialog', { name: 'Appointment' });
  await expect(view.getByText(/Recorded after the fact: none → yes/)).toBeVisible();
});

test('a booking in the past is still refused unless it is recorded as something that happened', async ({
  pageAs,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const dentist = await api.createDentist(uniqueLabel('Dr. Past'));
  const staff = await api.createUser('Rolf Refused', 'staff');
  const patient = await api.createUser(uniqueLabel('Pam Past'), 'patient');

  const page = await pageAs(staff);
  await page.goto('/staff/appointments');
  await page.getByRole('button', { name: 'New appointment' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New appointment' });
  await pickOption(page, dialog, 'Patient', patient.name);
  await fillSchedule(page, dialog, { date: utcDate(-2), time: '10:00', dentist: dentist.name });
  await dialog.getByRole('button', { name: 'Book appointment' }).click();
  await expect(dialog.getByText('Choose today or a later date.')).toBeVisible();

  await dialog.getByRole('checkbox', { name: 'Record a visit that already happened' }).check();
  await dialog.getByRole('radio', { name: /^No-show/ }).check();
  await dialog.getByRole('button', { name: 'Record visit' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Recorded the visit of/).first()).toBeVisible();
});
