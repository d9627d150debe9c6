import { owner } from './support/accounts';
import { ClinicApi, utcDate } from './support/api';
import { expect, test } from './support/fixtures';

test('a save made over a colleague’s newer change is refused, shown, and applied on top of it', async ({
  pageAs,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const dentist = await api.createDentist('Edda Dentist');
  const patient = await api.createUser('Cleo Concurrent', 'patient');
  const booked = await api.createAppointment({
    patient: patient.id,
    dentist: dentist.id,
    date: utcDate(9),
    time: '10:00',
    status: 'confirmed',
  });

  const page = await pageAs(owner);
  // Without live updates the colleague's change is news only when the save meets it.
  await page.route('**/api/events', (route) => route.abort());
  await page.goto(`/owner/appointments?search=${encodeURIComponent(patient.email)}`);
  const row = page.getByRole('row').filter({ hasText: patient.email });
  await expect(row).toContainText('Confirmed');

  await row.getByRole('button', { name: /^More actions/ }).click();
  await page.getByRole('menuitem', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit appointment' });
  await dialog.getByLabel('Notes').fill('Bring the x-rays');

  await api.updateAppointment(booked.id, { status: 'cancelled', reason: 'Patient phoned' });
  await dialog.getByRole('button', { name: 'Save changes' }).click();

  const warning = dialog.getByRole('alert').filter({ hasText: 'Changed by someone else' });
  await expect(warning).toContainText('Your changes were not saved');
  await expect(warning).toContainText('Status: confirmed → cancelled');

  await warning.getByRole('button', { name: 'Keep my edits on their version' }).click();
  await expect(warning).toBeHidden();
  await expect(dialog.getByRole('combobox', { name: 'Status' })).toHaveValue('Cancelled');
  await expect(dialog.getByLabel('Notes')).toHaveValue('Bring the x-rays');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();

  const saved = await (await page.request.get(`/api/appointments/${booked.id}`)).json();
  expect(saved).toMatchObject({ status: 'cancelled', notes: 'Bring the x-rays', version: 3 });
  await page.context().close();
});
