import { owner } from './support/accounts';
import { ClinicApi, uniqueLabel, utcDate, utcWeekday } from './support/api';
import { fillSchedule, pickPatient } from './support/appointment-form';
import { expect, test } from './support/fixtures';

test('a refused booking’s notice goes when the retry succeeds', async ({ pageAs, request }) => {
  const api = await ClinicApi.asOwner(request);
  const dentist = await api.createDentist(uniqueLabel('Rita Retry'));
  const first = await api.createUser(uniqueLabel('Ada Early'), 'patient');
  const second = await api.createUser(uniqueLabel('Ben Later'), 'patient');
  const date = utcWeekday(12);
  await api.createAppointment({ patient: first.id, dentist: dentist.id, date, time: '09:30' });

  const page = await pageAs(owner);
  await page.goto('/owner/appointments');
  await page.getByRole('button', { name: 'New appointment' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New appointment' });
  await pickPatient(page, dialog, second);
  await fillSchedule(page, dialog, { date, time: '09:30', dentist: dentist.name });
  await dialog.getByRole('button', { name: 'Book appointment' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'Could not book the appointment' });
  await expect(refusal).toBeVisible();

  await fillSchedule(page, dialog, { time: '11:00' });
  await dialog.getByRole('button', { name: 'Book appointment' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('alert').filter({ hasText: 'Done' })).toBeVisible();
  await expect(refusal).toHaveCount(0);
});

test('saving an edit without changes says Done, as any save does', async ({ pageAs, request }) => {
  const api = await ClinicApi.asOwner(request);
  const patient = await api.createUser(uniqueLabel('Una Unchanged'), 'patient');
  await api.createAppointment({ patient: patient.id, date: utcDate(9), time: '10:00' });
  const page = await pageAs(owner);
  await page.goto(`/owner/appointments?q=${encodeURIComponent(patient.name)}`);
  const row = page.getByRole('row').filter({ hasText: patient.email });
  await row.getByRole('button', { name: /^More actions/ }).click();
  await page.getByRole('menuitem', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit appointment' });
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('alert').filter({ hasText: `The appointment for ${patient.name} was saved.` }),
  ).toBeVisible();
});

test('Back after turning a page of appointments returns to the page before', async ({
  pageAs,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const patient = await api.createUser(uniqueLabel('Paula Pages'), 'patient');
  for (let days = 20; days < 42; days += 1) {
    await api.createAppointment({ patient: patient.id, date: utcDate(days), time: '08:00' });
  }
  const page = await pageAs(owner);
  await page.goto('/owner');
  await page.goto(`/owner/appointments?q=${encodeURIComponent(patient.name)}`);
  await expect(page.getByText('Showing 1–20 of 22')).toBeVisible();
  await page.getByRole('button', { name: 'Page 2' }).click();
  await expect(page.getByText('Showing 21–22 of 22')).toBeVisible();
  await expect(page).toHaveURL(/page=2/);

  await page.goBack();
  await expect(page.getByText('Showing 1–20 of 22')).toBeVisible();
  await expect(page).toHaveURL(/\/owner\/appointments\?q=/);
  await expect(page).not.toHaveURL(/page=2/);
});

test('the request dialog opens on its first question, not on Close', async ({
  pageAs,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const page = await pageAs(await api.createUser(uniqueLabel('Fiona Focus'), 'patient'));
  await page.goto('/patient/appointments');
  await page.getByRole('button', { name: 'Request appointment' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Request appointment' });
  await expect(dialog.getByRole('combobox', { name: 'Service' })).toBeFocused();
});

test('the reports’ calendar buttons say which date they pick', async ({ pageAs }) => {
  const page = await pageAs(owner);
  await page.goto('/owner/reports');
  await expect(
    page.getByRole('button', { name: 'Pick the start date from a calendar' }),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Pick the end date from a calendar' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /Pick the from/ })).toHaveCount(0);
});
