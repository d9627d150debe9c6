import { ClinicApi, utcWeekday } from './support/api';
import { ownDentistAndService } from './support/availability';
import { dragEvent } from './support/calendar';
import { expect, test } from './support/fixtures';

// Tall enough for the working day's slots to be on screen without scrolling while dragging.
test.use({ viewport: { width: 1280, height: 1400 } });

test('the calendar shades the time off and asks before a visit is moved into it', async ({
  pageAs,
  request,
}) => {
  const day = utcWeekday(2);
  const api = await ClinicApi.asOwner(request);
  // Works 09:00–17:00 on weekdays, inside the clinic's 08:00–18:00.
  const { dentist, service } = await ownDentistAndService(api, 'Shade');
  const staff = await api.createUser('Cal Desk', 'staff');
  const patient = await api.createUser('Mia Mover', 'patient');
  await api.createAppointment({
    patient: patient.id,
    dentist: dentist.id,
    service: service.id,
    date: day,
    time: '10:00',
  });

  const page = await pageAs(staff);
  await page.goto(`/staff/calendar?date=${day}&dentist=${dentist.id}`);
  const event = page.locator('.fc-timegrid-event').filter({ hasText: patient.name });
  await expect(event).toContainText('10:00');
  await expect(
    page.locator(`.fc-timegrid-col[data-date="${day}"] .clinic-nonworking`).first(),
  ).toBeAttached();

  const ask = page.getByRole('dialog', { name: 'Book outside working hours?' });
  await test.step('a drop after hours asks, and “cancel” puts the visit back', async () => {
    await dragEvent(page, event, day, '17:00');
    await expect(ask).toBeVisible();
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await expect(ask).toBeHidden();
    await expect(event).toContainText('10:00');
  });

  await test.step('confirmed, the visit moves there', async () => {
    await dragEvent(page, event, day, '17:00');
    await ask.getByRole('button', { name: 'Move anyway' }).click();
    await expect(page.getByText(`Moved ${patient.name} to`)).toBeVisible();
    await expect(event).toContainText('17:00');
  });
});
