import { owner } from './support/accounts';
import { ClinicApi, utcWeekday } from './support/api';
import { expect, test } from './support/fixtures';

// Teal as the calendar paints it (DENTIST_PALETTE.teal, #087f5b).
const TEAL = 'rgb(8, 127, 91)';

test('a dentist keeps their colour when another joins, and the owner can change it', async ({
  pageAs,
  request,
}) => {
  const day = utcWeekday(2);
  const api = await ClinicApi.asOwner(request);
  const dentist = await api.createDentist('Dr Zora Colour');
  const patient = await api.createUser('Cal Colour', 'patient');
  await api.createAppointment({
    patient: patient.id,
    dentist: dentist.id,
    date: day,
    time: '09:00',
  });

  const page = await pageAs(owner);
  const calendar = `/owner/calendar?date=${day}&dentist=${dentist.id}`;
  await page.goto(calendar);
  const event = page.locator('.fc-timegrid-event').filter({ hasText: patient.name });
  await expect(event).toBeVisible();
  const before = await event.evaluate((element) => getComputedStyle(element).borderLeftColor);

  await test.step('a dentist whose name sorts first joins: nobody is recoloured', async () => {
    await api.createDentist('Dr Aaron Newcomer');
    await page.reload();
    await expect(event).toBeVisible();
    await expect(event).toHaveCSS('border-left-color', before);
  });

  await test.step('the owner picks another colour by name in the staff form', async () => {
    await page.goto('/owner/staff');
    await page.getByRole('button', { name: `Edit ${dentist.name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Edit ${dentist.name}` });
    await dialog.getByRole('radio', { name: 'Teal' }).check();
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText(`${dentist.name} was saved.`)).toBeVisible();
    await page.goto(calendar);
    await expect(event).toHaveCSS('border-left-color', TEAL);
  });
});
