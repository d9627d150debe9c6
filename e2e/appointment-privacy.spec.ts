import { ClinicApi, utcDate } from './support/api';
import { expect, test } from './support/fixtures';

test('a patient sees only their own appointments and none of the clinic’s pages', async ({
  pageAs,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const dentist = await api.createDentist('Dimi Dentist');
  const patient = await api.createUser('Olga Patient', 'patient');
  const other = await api.createUser('Ivan Other', 'patient');
  await api.createAppointment({
    patient: patient.id,
    dentist: dentist.id,
    date: utcDate(5),
    time: '09:00',
    notes: 'Own first visit',
  });
  const othersVisit = await api.createAppointment({
    patient: other.id,
    dentist: dentist.id,
    date: utcDate(5),
    time: '10:00',
    notes: 'Someone else’s visit',
  });

  const page = await pageAs(patient);

  await test.step('the clinic’s pages send the patient back to their own area', async () => {
    for (const path of [
      '/owner',
      '/owner/appointments',
      '/owner/patients',
      '/staff',
      '/staff/appointments',
      '/staff/patients',
    ]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/patient$/);
    }
  });

  const cards = page.getByRole('article');
  await test.step('the patient’s page lists their appointment and not the other one', async () => {
    await page.goto('/patient/appointments');
    await expect(cards).toHaveCount(1);
    await expect(cards).toContainText('Own first visit');
    await expect(page.getByText('Someone else’s visit')).toHaveCount(0);
  });

  await test.step('live updates about other patients never arrive', async () => {
    await api.createAppointment({
      patient: other.id,
      dentist: dentist.id,
      date: utcDate(6),
      time: '10:00',
      notes: 'Another of someone else’s visits',
    });
    // Sent after the other patient's, so once it shows, the other one would have too.
    await api.createAppointment({
      patient: patient.id,
      dentist: dentist.id,
      date: utcDate(6),
      time: '11:00',
      notes: 'Own second visit',
    });
    await expect(cards).toHaveCount(2);
    await expect(page.getByText('Own second visit')).toBeVisible();
    await expect(page.getByText(/someone else/i)).toHaveCount(0);
  });

  await test.step('the API does not even admit the other appointment exists', async () => {
    const response = await page.request.get(`/api/appointments/${othersVisit.id}`);
    expect(response.status()).toBe(404);
    const list = await page.request.get('/api/appointments?page_size=200');
    const { results } = (await list.json()) as { results: { patient: number }[] };
    expect(results.map((row) => row.patient)).toEqual([patient.id, patient.id]);
  });
});
