import { owner } from './support/accounts';
import { ClinicApi, uniqueLabel, utcWeekday } from './support/api';
import { expect, test } from './support/fixtures';

test('confirming a request without a dentist asks who, offering the dentists free then', async ({
  pageAs,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const day = utcWeekday(3);
  const free = await api.createDentist(uniqueLabel('Dr. Free'));
  const busy = await api.createDentist(uniqueLabel('Dr. Busy'));
  const service = await api.createService(uniqueLabel('Filling'), 30, {
    dentists: [free.id, busy.id],
  });
  for (const dentist of [free, busy]) await api.addExtraHours(dentist.id, day, '08:00', '18:00');
  const staff = await api.createUser('Cora Confirm', 'staff');
  const patient = await api.createUser(uniqueLabel('Nia Nodentist'), 'patient');
  const other = await api.createUser(uniqueLabel('Otto Other'), 'patient');
  // The busy dentist already sees someone at that time.
  await api.createAppointment({
    patient: other.id,
    dentist: busy.id,
    service: service.id,
    date: day,
    time: '11:00',
    status: 'confirmed',
  });
  // Booked without a dentist or a status, it waits as a request.
  const request_ = await api.createAppointment({
    patient: patient.id,
    service: service.id,
    date: day,
    time: '11:00',
  });
  expect(request_.status).toBe('pending');

  const page = await pageAs(staff);
  await page.goto(`/staff/appointments?from=${day}&to=${day}`);
  const row = page.getByRole('row').filter({ hasText: patient.name });
  await row.getByRole('button', { name: /^Confirm/ }).click();
  const chooser = page.getByRole('dialog', { name: 'Confirm with a dentist' });
  const choices = chooser.getByRole('radiogroup', { name: 'Dentists free at that time' });
  await expect(choices.getByRole('radio', { name: free.name })).toBeVisible();
  await expect(choices.getByRole('radio', { name: busy.name })).toHaveCount(0);
  await expect(chooser.getByRole('button', { name: 'Confirm' })).toBeDisabled();
  await choices.getByRole('radio', { name: free.name }).check();
  await chooser.getByRole('button', { name: 'Confirm' }).click();
  await expect(chooser).toBeHidden();
  await expect(row).toContainText('Confirmed');
  await expect(row).toContainText(free.name);
});

test('the API refuses confirming a request without a dentist, and creating one confirmed', async ({
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const patient = await api.createUser(uniqueLabel('Api Nodentist'), 'patient');
  const day = utcWeekday(4);
  const pending = await api.createAppointment({ patient: patient.id, date: day, time: '09:00' });
  expect(pending.status).toBe('pending');
  const login = await request.post('/api/auth/login', { data: owner });
  const headers = { Authorization: `Bearer ${(await login.json()).token}` };

  const confirm = await request.patch(`/api/appointments/${pending.id}`, {
    headers,
    data: { status: 'confirmed' },
  });
  expect(confirm.status()).toBe(409);
  expect(await confirm.json()).toMatchObject({ code: 'invalid_transition' });

  const created = await request.post('/api/appointments', {
    headers,
    data: { patient: patient.id, date: day, time: '10:00', status: 'confirmed' },
  });
  expect(created.status()).toBe(400);
  expect((await created.json()).errors.dentist).toBeTruthy();
});
