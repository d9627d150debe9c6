import { ClinicApi, utcDate } from './support/api';
import { expect, test } from './support/fixtures';

test('the front desk finds the appointments no dentist is assigned to yet', async ({
  pageAs,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const dentist = await api.createDentist('Ulla Unassigned-Check');
  const staff = await api.createUser('Una Desk', 'staff');
  const waiting = await api.createUser('Wes Waiting', 'patient');
  const seen = await api.createUser('Sia Seen', 'patient');
  // A day of their own, so the rest of the suite's bookings stay off this page.
  const day = utcDate(57);
  await api.createAppointment({ patient: waiting.id, date: day, time: '10:00' });
  await api.createAppointment({ patient: seen.id, dentist: dentist.id, date: day, time: '11:00' });

  const page = await pageAs(staff);
  await page.goto(`/staff/appointments?from=${day}&to=${day}`);
  await expect(page.getByRole('row').filter({ hasText: seen.name })).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Dentist' }).click();
  await page.getByRole('option', { name: 'No dentist assigned' }).click();

  await expect(page).toHaveURL(/[?&]dentist=none/);
  await expect(page.getByRole('row').filter({ hasText: waiting.name })).toHaveCount(1);
  await expect(page.getByRole('row').filter({ hasText: seen.name })).toHaveCount(0);
});
