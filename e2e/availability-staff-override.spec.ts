import { ClinicApi, utcWeekday } from './support/api';
import { fillSchedule, pickPatient } from './support/appointment-form';
import { ownDentistAndService } from './support/availability';
import { expect, test } from './support/fixtures';

test('the front desk books outside working hours only when it says so', async ({
  pageAs,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const { dentist, service } = await ownDentistAndService(api, 'Late');
  const staff = await api.createUser('Stella Staff', 'staff');
  const patient = await api.createUser('Ollie Overtime', 'patient');
  const date = utcWeekday(3);
  const page = await pageAs(staff);

  await page.goto('/staff/appointments');
  await page.getByRole('button', { name: 'New appointment' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New appointment' });
  await pickPatient(page, dialog, patient);
  await fillSchedule(page, dialog, {
    date,
    time: '17:30',
    dentist: dentist.name,
    service: service.name,
  });

  await test.step('the day’s free times show, and the typed time is not one of them', async () => {
    await expect(dialog.getByRole('group', { name: /^Free times on/ })).toBeVisible();
    await expect(dialog.getByText('17:30 is outside the free times. Nearest:')).toBeVisible();
  });

  await test.step('without the override the server refuses and the form stays open', async () => {
    await dialog.getByRole('button', { name: 'Book appointment' }).click();
    await expect(
      dialog.getByText(/^That time is not free\. The nearest free times are/),
    ).toBeVisible();
    await expect(dialog.getByRole('combobox', { name: 'Time' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(dialog).toBeVisible();
  });

  await test.step('with the override it is booked at the typed time', async () => {
    await dialog.getByRole('checkbox', { name: 'Book outside working hours' }).check();
    await dialog.getByRole('button', { name: 'Book appointment' }).click();
    await expect(dialog).toBeHidden();
    const row = page.getByRole('row').filter({ hasText: patient.email });
    await expect(row).toContainText('17:30');
  });
});
