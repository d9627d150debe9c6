import { ClinicApi, utcDate, utcWeekday } from './support/api';
import { dragEvent } from './support/calendar';
import { expect, test } from './support/fixtures';

// Tall enough for the working day's slots to be on screen without scrolling while dragging.
test.use({ viewport: { width: 1280, height: 1400 } });

test('staff reschedule by dragging; the patient sees it live; a taken slot snaps back', async ({
  pageAs,
  request,
}) => {
  // A weekday: the dentist works the clinic's opening hours, and weekends are closed.
  const day = utcWeekday(2);
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
    // A taken time is not a free one: the calendar asks first, with the server's reason.
    const ask = staffPage.getByRole('dialog', { name: 'Book outside working hours?' });
    await expect(ask.getByText('That time is not free.')).toBeVisible();
    // Even on purpose, one dentist cannot be in two places.
    await ask.getByRole('button', { name: 'Move anyway' }).click();
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
