import { expect, test } from '@playwright/test';
import { ClinicApi, utcDate } from './support/api';
import { signInThroughApi } from './support/session';

test('when the live stream is cut, the page says so and catches up once it is back', async ({
  page,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const patient = await api.createUser('Rui Reconnect', 'patient');
  await signInThroughApi(page, patient);

  // As if the network dropped the stream: every connection to it fails until restored.
  let refused = 0;
  await page.route('**/api/events', (route) => {
    refused += 1;
    return route.abort('connectionreset');
  });
  await page.goto('/patient/appointments');
  await expect(page.getByText('No upcoming appointments')).toBeVisible();
  await expect(page.getByText('Live updates paused: reconnecting…')).toBeVisible({
    timeout: 15_000,
  });

  const refusedBeforeBooking = refused;
  await api.createAppointment({
    patient: patient.id,
    date: utcDate(9),
    time: '14:00',
    notes: 'Booked while the stream was down',
  });
  // Nothing reaches the page while the stream is down: it tries the stream again after the
  // booking, in vain, and still shows nothing…
  await expect.poll(() => refused, { timeout: 30_000 }).toBeGreaterThan(refusedBeforeBooking);
  await expect(page.getByRole('article')).toHaveCount(0);

  // …and once it is back, the page fetches what it missed, without a reload.
  await page.unroute('**/api/events');
  await expect(page.getByRole('article')).toContainText('Booked while the stream was down', {
    timeout: 20_000,
  });
  await expect(page.getByText('Live updates paused: reconnecting…')).toBeHidden();
});
