import { expect, test } from '@playwright/test';
import { ClinicApi, utcDate } from './support/api';
import { signInThroughApi } from './support/session';

const DAY_MS = 86_400_000;

test('a device whose clock runs days ahead still counts from the clinic’s today', async ({
  page,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const patient = await api.createUser('Sofia Skew', 'patient');
  const dentist = await api.createDentist('Dr. Skew');
  await api.createAppointment({
    patient: patient.id,
    dentist: dentist.id,
    date: utcDate(2),
    time: '10:00',
    status: 'confirmed',
  });
  // The device believes it is five days later than it is.
  await page.clock.setFixedTime(Date.now() + 5 * DAY_MS);
  await signInThroughApi(page, patient);

  await page.goto('/patient');
  const next = page.getByRole('region', { name: 'Your next appointment' });
  await expect(next).toContainText('In 2 days');

  await page.goto('/patient/appointments');
  await expect(page.getByRole('tab', { name: 'Upcoming (1)' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Past (0)' })).toBeVisible();
});
