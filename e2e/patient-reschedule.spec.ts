import { ClinicApi, uniqueLabel, utcWeekday } from './support/api';
import { dentistWorkingOnlyOn, freeTime } from './support/availability';
import { expectNoSeriousA11yViolations } from './support/axe';
import { expect, test } from './support/fixtures';

const CLINIC_PHONE = '+351 210 123 456';

/** `HH:MM` and the UTC day of an instant, on the 5-minute grid (the clinic runs on UTC here). */
function wallClock(instant: number): { date: string; time: string } {
  const rounded = new Date(Math.ceil(instant / 300_000) * 300_000).toISOString();
  return { date: rounded.slice(0, 10), time: rounded.slice(11, 16) };
}

test('a patient moves and cancels a visit online while the front desk watches, until the cut-off', async ({
  pageAs,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  // Before the patient's page reads the clinic's settings; another journey sets the same number.
  if ((await api.clinic()).phone === '') await api.updateClinic({ phone: CLINIC_PHONE });
  const day = utcWeekday(2);
  const dentist = await dentistWorkingOnlyOn(api, 'Move', day, { start: '09:00', end: '17:00' });
  const service = await api.createService(uniqueLabel('Move check-up'), 30, {
    dentists: [dentist.id],
  });
  const patient = await api.createUser(uniqueLabel('Mo Mover'), 'patient');
  const staff = await api.createUser('Desk Watcher', 'staff');
  const booked = await api.createAppointment({
    patient: patient.id,
    dentist: dentist.id,
    service: service.id,
    date: day,
    time: '09:00',
  });
  expect(booked.status).toBe('confirmed');

  const desk = await pageAs(staff);
  await desk.goto('/staff');
  const queue = desk.getByRole('region', { name: 'Pending requests' });
  await expect(queue).toBeVisible();
  await expect(desk.getByRole('status', { name: 'Loading' })).toHaveCount(0);
  const queued = queue.getByRole('listitem').filter({ hasText: patient.name });
  await expect(queued).toHaveCount(0);

  const page = await pageAs(patient);
  await page.goto('/patient/appointments');
  const card = page.getByRole('article').filter({ hasText: service.name });
  await expect(card).toContainText('09:00');
  await expect(card).toContainText('Confirmed');

  await test.step('the patient moves the visit to another free time; the desk sees it at once', async () => {
    await card.getByRole('button', { name: /^Move visit on/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Move this visit' });
    await dialog.getByRole('button', { name: 'Next free time' }).click();
    await freeTime(dialog, '10:00').click();
    await expectNoSeriousA11yViolations(page, { labelInName: true });
    await dialog.getByLabel('Reason (optional)').fill('A meeting at nine');
    await dialog.getByRole('button', { name: 'Move visit' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(/waiting for the clinic to confirm it\.$/)).toBeVisible();
    await expect(card).toContainText('10:00');
    await expect(card).toContainText('Pending');

    // No reload: the desk's open dashboard hears of the change and lists the visit again.
    await expect(queued).toContainText('10:00–10:30');
  });

  await test.step('the patient cancels it; it leaves the desk’s queue', async () => {
    await card.getByRole('button', { name: /^Cancel visit on/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Cancel this visit?' });
    await expectNoSeriousA11yViolations(page, { labelInName: true });
    await dialog.getByLabel('Reason (optional)').fill('Feeling better');
    await dialog.getByRole('button', { name: 'Cancel visit' }).click();
    await expect(dialog).toBeHidden();
    await expect(card).toHaveCount(0);
    await expect(queued).toHaveCount(0);
    await page.getByRole('tab', { name: /^Past/ }).click();
    await expect(card).toContainText('Cancelled');
    await expect(card.getByRole('button')).toHaveCount(0);
  });

  await test.step('a visit inside the cut-off says to phone the clinic, with its number', async () => {
    const { phone, patient_change_cutoff_hours: cutoff } = await api.clinic();
    // Well inside the clinic's cut-off (24 hours unless an owner changed it), and still ahead.
    const soon = wallClock(Date.now() + Math.max(1, Math.min(cutoff, 24) / 2) * 3_600_000);
    const later = await api.createAppointment({
      patient: patient.id,
      dentist: dentist.id,
      service: service.id,
      ...soon,
    });
    await page.getByRole('tab', { name: /^Upcoming/ }).click();
    const soonCard = page.getByRole('article').filter({ hasText: later.time });
    await expect(soonCard).toContainText(
      `It is too late to change this visit online; please phone the clinic at ${phone}.`,
    );
    await expect(soonCard.getByRole('link', { name: phone })).toHaveAttribute('href', /^tel:/);
    await expect(soonCard.getByRole('button')).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, { labelInName: true });
  });
});
