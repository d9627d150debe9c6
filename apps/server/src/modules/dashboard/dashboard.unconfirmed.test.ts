import { describe, expect, it } from 'vitest';
import { clinicPerTest } from '../../test/fixture.ts';
import { client } from '../../test/test-app.ts';

// The test clock reads Wednesday 2026-11-25 10:00 UTC; the clinic is in Europe/Lisbon, so its
// tomorrow is Thursday 2026-11-26.
const { t, c } = clinicPerTest();

async function book(fields: Record<string, unknown>) {
  const res = await client(t.app, c.staff.token).post('/api/appointments', {
    dentist: c.dentist.user.id,
    ...fields,
  });
  if (res.status !== 201) throw new Error(res.raw.body);
  return res.body.id as number;
}

async function setPhone(userId: number, phone: string) {
  const res = await client(t.app, c.staff.token).patch(`/api/users/${userId}`, { phone });
  if (res.status !== 200) throw new Error(res.raw.body);
}

const unconfirmed = async () => {
  const res = await client(t.app, c.staff.token).get('/api/dashboard');
  expect(res.status).toBe(200);
  return res.body.unconfirmed_tomorrow as { id: number; patient_phone: string }[];
};

describe('the team’s list of tomorrow’s visits not yet confirmed by the patient', () => {
  it('holds tomorrow’s pending and confirmed visits in time order, with the phone to call', async () => {
    await setPhone(c.patient.user.id, '+351 912 345 678');
    const later = await book({ patient: c.patient.user.id, date: '2026-11-26', time: '15:00' });
    const request = await book({
      patient: c.otherPatient.user.id,
      date: '2026-11-26',
      time: '09:00',
      status: 'pending',
    });
    const answered = await book({
      patient: c.otherPatient.user.id,
      date: '2026-11-26',
      time: '11:00',
    });
    await client(t.app, c.staff.token).post(`/api/appointments/${answered}/patient-confirmation`);
    const called = await book({ patient: c.patient.user.id, date: '2026-11-26', time: '12:00' });
    await client(t.app, c.staff.token).patch(`/api/appointments/${called}`, {
      status: 'cancelled',
    });
    await book({ patient: c.patient.user.id, date: '2026-11-25', time: '15:00' });
    await book({ patient: c.patient.user.id, date: '2026-11-27', time: '09:00' });

    const list = await unconfirmed();
    expect(list.map((v) => v.id)).toEqual([request, later]);
    expect(list[1]).toMatchObject({
      patient_name: 'Ana Lima',
      patient_phone: '+351 912 345 678',
      patient_confirmed_at: null,
    });
    expect(list[0]?.patient_phone).toBe('');

    // The list shrinks once the patient confirms.
    await client(t.app, c.staff.token).post(`/api/appointments/${later}/patient-confirmation`);
    expect((await unconfirmed()).map((v) => v.id)).toEqual([request]);
  });

  it('gives a dependant without a phone their guardian’s', async () => {
    await setPhone(c.patient.user.id, '+351 912 345 678');
    const added = await client(t.app, c.patient.token).post('/api/users/me/dependants', {
      name: 'Leo Lima',
      date_of_birth: '2018-04-02',
    });
    expect(added.status).toBe(201);
    await book({ patient: added.body.id, date: '2026-11-26', time: '10:00' });
    expect(await unconfirmed()).toMatchObject([
      { patient_name: 'Leo Lima', guardian_name: 'Ana Lima', patient_phone: '+351 912 345 678' },
    ]);
  });

  it('is the team’s alone: a patient’s home has no such list', async () => {
    await book({ patient: c.patient.user.id, date: '2026-11-26', time: '15:00' });
    const res = await client(t.app, c.patient.token).get('/api/dashboard');
    expect(res.body.role).toBe('patient');
    expect(res.body).not.toHaveProperty('unconfirmed_tomorrow');
  });
});
