import { ClinicApi, utcWeekday } from './support/api';
import { dragEvent } from './support/calendar';
import { expect, test } from './support/fixtures';

// Tall enough for the working day's slots to be on screen without scrolling while dragging.
test.use({ viewport: { width: 1280, height: 1400 } });

async function dentistDay(
  request: Parameters<typeof ClinicApi.asOwner>[0],
  label: string,
  daysAhead = 2,
) {
  const api = await ClinicApi.asOwner(request);
  const dentist = await api.createDentist(`Dr ${label}`);
  const staff = await api.createUser(`${label} Desk`, 'staff');
  return { api, dentist, staff, day: utcWeekday(daysAhead) };
}

test('a drag can be undone, unless someone changed the visit since', async ({
  pageAs,
  request,
}) => {
  const { api, dentist, staff, day } = await dentistDay(request, 'Undo');
  const patient = await api.createUser('Una Undo', 'patient');
  const visit = await api.createAppointment({
    patient: patient.id,
    dentist: dentist.id,
    date: day,
    time: '09:00',
  });
  const page = await pageAs(staff);
  await page.goto(`/staff/calendar?date=${day}&dentist=${dentist.id}`);
  const event = page.locator('.fc-timegrid-event').filter({ hasText: patient.name });
  await expect(event).toContainText('09:00');

  await test.step('Undo puts a moved visit back', async () => {
    await dragEvent(page, event, day, '10:00');
    const notice = page.getByRole('alert').filter({ hasText: `Moved ${patient.name} to` });
    await notice.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByText(`${patient.name}’s visit is back where it was.`)).toBeVisible();
    await expect(event).toContainText('09:00');
  });

  await test.step('Undo after a colleague’s change says so and leaves both', async () => {
    await dragEvent(page, event, day, '11:00');
    const notice = page.getByRole('alert').filter({ hasText: `Moved ${patient.name} to` });
    await expect(notice).toBeVisible();
    await api.updateAppointment(visit.id, { notes: 'Changed by a colleague' });
    await notice.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByText(/Not undone: someone changed this visit/)).toBeVisible();
    await expect(event).toContainText('11:00');
  });
});

test('a short visit shows whose it is, and Tab goes through the week in time order', async ({
  pageAs,
  request,
}) => {
  // A day no other journey books: their visits would sit between these in the Tab order.
  const { api, dentist, staff, day } = await dentistDay(request, 'Short', 16);
  const other = await api.createDentist('Dr Short Other');
  const [early, overlap, later] = await Promise.all([
    api.createUser('Ed Early', 'patient'),
    api.createUser('Ola Overlap', 'patient'),
    api.createUser('Lu Later', 'patient'),
  ]);
  await api.createAppointment({
    patient: early.id,
    dentist: dentist.id,
    date: day,
    time: '09:00',
    duration_minutes: 60,
  });
  await api.createAppointment({
    patient: overlap.id,
    dentist: other.id,
    date: day,
    time: '09:30',
    duration_minutes: 15,
  });
  await api.createAppointment({ patient: later.id, dentist: dentist.id, date: day, time: '13:00' });

  const page = await pageAs(staff);
  await page.goto(`/staff/calendar?date=${day}`);
  const short = page.locator('.fc-timegrid-event').filter({ hasText: overlap.name });

  await test.step('the patient’s name leads, in the tooltip and the accessible name too', async () => {
    await expect(short.locator('.fc-event-title')).toHaveText(new RegExp(`^${overlap.name}`));
    await expect(short.locator('[title]')).toHaveAttribute('title', new RegExp(overlap.name));
    await expect(short).toHaveAccessibleName(new RegExp(overlap.name));
  });

  await test.step('Tab follows time, not the grid’s layout', async () => {
    const first = page.locator('.fc-timegrid-event').filter({ hasText: early.name });
    await first.focus();
    await page.keyboard.press('Tab');
    await expect(short).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator('.fc-timegrid-event').filter({ hasText: later.name })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(short).toBeFocused();
  });
});
