import type { Locator, Page } from '@playwright/test';
import { ClinicApi, utcDate } from './support/api';
import { expect, test } from './support/fixtures';

// Tall enough for the working day's slots to be on screen without scrolling while dragging.
test.use({ viewport: { width: 1280, height: 1400 } });

/** Drags a time-grid event so that it starts at `time` on `date` (30-minute slots). */
async function dragEvent(page: Page, event: Locator, date: string, time: string) {
  const from = await event.boundingBox();
  const column = await page.locator(`.fc-timegrid-col[data-date="${date}"]`).boundingBox();
  const slot = await page.locator(`.fc-timegrid-slot-lane[data-time="${time}:00"]`).boundingBox();
  if (!from || !column || !slot) throw new Error('The calendar is not on screen.');
  // Grabbing the event near its top edge moves its start to the slot's top edge.
  const x = from.x + from.width / 2;
  await page.mouse.move(x, from.y + 4);
  await page.mouse.down();
  await page.mouse.move(x, from.y + 14, { steps: 4 });
  await page.mouse.move(column.x + column.width / 2, slot.y + 4, { steps: 12 });
  await page.mouse.up();
}

test('staff reschedule by dragging; the patient sees it live; a taken slot snaps back', async ({
  pageAs,
  request,
}) => {
  const day = utcDate(2);
  const api = await ClinicApi.asOwner(request);
  const dentist = await api.createDentist('Dr Drag');
  const staff = await api.createUser('Dee Desk', 'staff');
  const patient = await api.createUser('Moe Mover', 'patient');
  const blocker = await api.createUser('Bea Booked', 'patient');
  await api.createAppointment({
    patient: patient.id,
    dentist: dentist.id,
    date: day,
    time: '09:00',
  });
  await api.createAppointment({
    patient: blocker.id,
    dentist: dentist.id,
    date: day,
    time: '11:00',
  });

  const patientPage = await pageAs(patient);
  await patientPage.goto('/patient');
  const next = patientPage.getByRole('region', { name: 'Your next appointment' });
  await expect(next).toContainText('09:00–09:30');

  const staffPage = await pageAs(staff);
  await staffPage.goto(`/staff/calendar?date=${day}&dentist=${dentist.id}`);
  const event = staffPage.locator('.fc-timegrid-event').filter({ hasText: patient.name });
  await expect(event).toContainText('09:00');
  await expect(event).toContainText('Confirmed');

  await test.step('a drop on a free slot moves the visit, live on the patient’s page', async () => {
    await dragEvent(staffPage, event, day, '10:00');
    await expect(staffPage.getByText(`Moved ${patient.name} to`)).toBeVisible();
    await expect(event).toContainText('10:00');
    await expect(next).toContainText('10:00–10:30');
  });

  await test.step('a drop on a taken slot snaps back with the server’s reason', async () => {
    await dragEvent(staffPage, event, day, '11:00');
    await expect(staffPage.getByText(`${dentist.name} is already booked`)).toBeVisible();
    await expect(event).toContainText('10:00');
    await expect(next).toContainText('10:00–10:30');
  });

  await test.step('pulling the lower edge makes the visit longer', async () => {
    await event.hover();
    const handle = await event.locator('.fc-event-resizer-end').boundingBox();
    const lane = await staffPage
      .locator('.fc-timegrid-slot-lane[data-time="10:30:00"]')
      .boundingBox();
    if (!handle || !lane) throw new Error('The resize handle is not on screen.');
    await staffPage.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await staffPage.mouse.down();
    await staffPage.mouse.move(handle.x + handle.width / 2, handle.y + lane.height + 2, {
      steps: 8,
    });
    await staffPage.mouse.up();
    await expect(staffPage.getByText(`${patient.name}’s visit now ends at 11:00.`)).toBeVisible();
    await expect(next).toContainText('10:00–11:00');
  });

  await test.step('a drop in the past snaps back too', async () => {
    const yesterday = utcDate(-1);
    await staffPage.goto(`/staff/calendar?view=month&date=${yesterday}&dentist=${dentist.id}`);
    const chip = staffPage.locator('.fc-daygrid-event').filter({ hasText: patient.name });
    await expect(chip).toBeVisible();
    await chip.dragTo(staffPage.locator(`.fc-daygrid-day[data-date="${yesterday}"]`));
    await expect(staffPage.getByText('Choose a time in the future.')).toBeVisible();
    await expect(
      staffPage.locator(`.fc-daygrid-day[data-date="${day}"]`).getByText(patient.name),
    ).toBeVisible();
    await expect(next).toContainText('10:00–11:00');
  });
});
