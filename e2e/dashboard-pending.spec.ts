import type { APIRequestContext } from '@playwright/test';
import { owner } from './support/accounts';
import { ClinicApi, utcDate } from './support/api';
import { expect, test } from './support/fixtures';

async function ownerToken(request: APIRequestContext): Promise<string> {
  const login = await request.post('/api/auth/login', {
    data: { email: owner.email, password: owner.password },
  });
  expect(login.status(), await login.text()).toBe(200);
  return ((await login.json()) as { token: string }).token;
}

test('requests are confirmed and declined from the staff dashboard, live for everyone', async ({
  pageAs,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const staff = await api.createUser('Sol Staff', 'staff');
  const patient = await api.createUser('Pam Pending', 'patient');
  const other = await api.createUser('Otto Other', 'patient');
  // Early tomorrow, so these come first among every journey's pending requests.
  const day = utcDate(1);

  const staffPage = await pageAs(staff);
  const patientPage = await pageAs(patient);
  await staffPage.goto('/staff');
  const queue = staffPage.getByRole('region', { name: 'Pending requests' });
  await expect(queue).toBeVisible();
  await expect(staffPage.getByRole('status', { name: 'Loading' })).toHaveCount(0);
  const mine = queue.getByRole('listitem').filter({ hasText: patient.name });
  const others = queue.getByRole('listitem').filter({ hasText: other.name });

  // The request names its dentist, so one click confirms it (without one, Confirm asks for one).
  const dentist = await api.createDentist('Dr. Queue');

  await test.step('a new request appears on the dashboard without a reload', async () => {
    await api.createAppointment({
      patient: patient.id,
      dentist: dentist.id,
      date: day,
      time: '06:00',
      status: 'pending',
      notes: 'A tooth aches',
    });
    await expect(mine).toContainText('06:00–06:30');
    await expect(mine).toContainText('A tooth aches');
    await patientPage.goto('/patient');
    await expect(patientPage.getByRole('region', { name: 'Your next appointment' })).toContainText(
      'Pending',
    );
  });

  await test.step('one click confirms it: it leaves the queue and the patient sees it', async () => {
    await mine.getByRole('button', { name: /^Confirm/ }).click();
    await expect(mine).toHaveCount(0);
    await expect(staffPage.getByText(/confirmed\.$/).first()).toBeVisible();
    await expect(patientPage.getByRole('region', { name: 'Your next appointment' })).toContainText(
      'Confirmed',
    );
  });

  await test.step('declining asks for a reason, which the history keeps', async () => {
    const declined = await api.createAppointment({
      patient: other.id,
      date: day,
      time: '06:30',
      status: 'pending',
    });
    await others.getByRole('button', { name: /^Decline/ }).click();
    const dialog = staffPage.getByRole('dialog', { name: 'Decline this request?' });
    await dialog.getByLabel('Reason (optional)').fill('The dentist is away that morning');
    await dialog.getByRole('button', { name: 'Decline request' }).click();
    await expect(dialog).toBeHidden();
    await expect(others).toHaveCount(0);

    const token = await ownerToken(request);
    const history = await request.get(`/api/appointments/${declined.id}/history`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const entries = (await history.json()) as { reason: string | null; changes: object }[];
    expect(entries.at(-1)).toMatchObject({
      reason: 'The dentist is away that morning',
      changes: { status: ['pending', 'cancelled'] },
    });
  });
});

test('today’s schedule lists the day per dentist, in time order', async ({ pageAs, request }) => {
  const now = new Date();
  const minutes = Math.ceil((now.getUTCHours() * 60 + now.getUTCMinutes() + 10) / 5) * 5;
  test.skip(minutes > 22 * 60 + 50, 'Too little of the UTC day is left to book two visits today.');
  const at = (offset: number) => {
    const m = minutes + offset;
    return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  };
  const api = await ClinicApi.asOwner(request);
  const staff = await api.createUser('Tia Today', 'staff');
  const dentist = await api.createDentist('Dr Aaron Early');
  const first = await api.createUser('Fay First', 'patient');
  const second = await api.createUser('Sid Second', 'patient');
  const unassigned = await api.createUser('Una Unassigned', 'patient');
  await api.createAppointment({
    patient: second.id,
    dentist: dentist.id,
    date: utcDate(),
    time: at(30),
  });
  await api.createAppointment({
    patient: first.id,
    dentist: dentist.id,
    date: utcDate(),
    time: at(0),
  });
  await api.createAppointment({ patient: unassigned.id, date: utcDate(), time: at(0) });

  const page = await pageAs(staff);
  await page.goto('/staff');
  const withDentist = page.getByRole('list', { name: `Today with ${dentist.name}` });
  await expect(withDentist.getByRole('listitem')).toHaveText([
    new RegExp(`${at(0)}.*${first.name}`),
    new RegExp(`${at(30)}.*${second.name}`),
  ]);
  await expect(page.getByRole('list', { name: 'Today with No dentist' })).toContainText(
    unassigned.name,
  );
});
