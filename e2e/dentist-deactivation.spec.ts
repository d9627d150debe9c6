import { owner } from './support/accounts';
import { ClinicApi, utcWeekday } from './support/api';
import { expect, test } from './support/fixtures';

test('deactivating a dentist hands their visits over and says which could not move', async ({
  pageAs,
  request,
}) => {
  const day = utcWeekday(3);
  const api = await ClinicApi.asOwner(request);
  const leaving = await api.createDentist('Dr Lea Leaving');
  const taking = await api.createDentist('Dr Tom Taking');
  const movable = await api.createUser('Mo Movable', 'patient');
  const stuck = await api.createUser('Stu Stuck', 'patient');
  const busy = await api.createUser('Bo Busy', 'patient');
  await api.createAppointment({
    patient: movable.id,
    dentist: leaving.id,
    date: day,
    time: '09:00',
  });
  await api.createAppointment({ patient: stuck.id, dentist: leaving.id, date: day, time: '10:00' });
  // The dentist taking over is busy at 10:00, so that visit cannot move.
  await api.createAppointment({ patient: busy.id, dentist: taking.id, date: day, time: '10:00' });

  const page = await pageAs(owner);
  await page.goto('/owner/staff');
  await page.getByRole('button', { name: `Edit ${leaving.name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Edit ${leaving.name}` });
  await dialog.getByRole('button', { name: 'Deactivate account' }).click();

  await test.step('the count of future visits comes first, with the choices', async () => {
    await expect(dialog.getByText('2 future visits')).toBeVisible();
    await dialog.getByRole('radio', { name: /Give them to another dentist/ }).check();
    await dialog.getByRole('button', { name: 'Deactivate', exact: true }).click();
    await expect(dialog.getByText('Choose the dentist to take the visits')).toBeVisible();
    await dialog.getByRole('combobox', { name: 'Dentist to take them' }).click();
    await page.getByRole('option', { name: taking.name }).click();
    await dialog.getByRole('button', { name: 'Deactivate', exact: true }).click();
  });

  await test.step('what moved and what did not is reported', async () => {
    await expect(dialog.getByText('1 visit could not be handed over')).toBeVisible();
    await expect(dialog.getByText('1 visit moved to the other dentist.')).toBeVisible();
    await expect(
      dialog.getByText(new RegExp(`${stuck.name}: That time is not free`)),
    ).toBeVisible();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('the moved visit is the other dentist’s; the former dentist stays findable', async () => {
    await page.goto(`/owner/calendar?date=${day}&dentist=${taking.id}`);
    await expect(
      page.locator('.fc-timegrid-event').filter({ hasText: movable.name }),
    ).toBeVisible();
    await page.getByRole('combobox', { name: 'Dentist', exact: true }).click();
    await expect(page.getByText('Former dentists')).toBeVisible();
    await page.getByRole('option', { name: leaving.name }).click();
    await expect(page).toHaveURL(new RegExp(`dentist=${leaving.id}`));
    await expect(page.locator('.fc-timegrid-event').filter({ hasText: stuck.name })).toBeVisible();
  });
});
