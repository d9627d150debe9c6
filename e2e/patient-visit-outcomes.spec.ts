import { ClinicApi, uniqueLabel, utcDate } from './support/api';
import { expectNoSeriousA11yViolations } from './support/axe';
import { expect, test } from './support/fixtures';

test('a patient sees declined and cancelled visits under Past, with the reason given', async ({
  pageAs,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const patient = await api.createUser(uniqueLabel('Otto Outcome'), 'patient');
  const dentist = await api.createDentist(uniqueLabel('Dr. Outcome'));
  const book = (days: number, status: 'pending' | 'confirmed') =>
    api.createAppointment({
      patient: patient.id,
      dentist: dentist.id,
      date: utcDate(days),
      time: '09:00',
      status,
    });
  const kept = await book(5, 'confirmed');
  const declined = await book(6, 'pending');
  const cancelled = await book(7, 'confirmed');
  await api.updateAppointment(declined.id, {
    status: 'cancelled',
    reason: 'The dentist is away that week',
  });
  await api.updateAppointment(cancelled.id, { status: 'cancelled', reason: 'Chair under repair' });

  const page = await pageAs(patient);
  await page.goto('/patient/appointments');
  await expect(page.getByRole('tab', { name: 'Upcoming (1)' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Past (2)' })).toBeVisible();
  const upcoming = page.getByRole('tabpanel', { name: 'Upcoming (1)' }).getByRole('article');
  await expect(upcoming).toHaveCount(1);
  await expect(upcoming).toContainText('Confirmed');
  expect(kept.status).toBe('confirmed');

  await page.getByRole('tab', { name: 'Past (2)' }).click();
  const past = page.getByRole('tabpanel', { name: 'Past (2)' }).getByRole('article');
  await expect(past).toHaveCount(2);
  // The latest date first.
  await expect(past.nth(0)).toContainText('Cancelled by the clinic.');
  await expect(past.nth(0)).toContainText('Reason: Chair under repair');
  await expect(past.nth(1)).toContainText('Declined by the clinic.');
  await expect(past.nth(1)).toContainText('Reason: The dentist is away that week');
  await expectNoSeriousA11yViolations(page);
});
