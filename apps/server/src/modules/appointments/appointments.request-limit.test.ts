import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClinic } from '../../test/factories.ts';
import { client, createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

/** One request an hour from 09:00 on the day after the test clock's today. */
function requestAt(hour: number) {
  return { date: '2026-11-26', time: `${String(9 + hour).padStart(2, '0')}:00` };
}

describe('open requests per patient', () => {
  it('refuses a patient’s fourth waiting request with 409 open_request_limit by default', async () => {
    const c = await createClinic(t.app);
    const asPatient = client(t.app, c.patient.token);
    for (let i = 0; i < 3; i++) {
      expect((await asPatient.post('/api/appointments', requestAt(i))).status).toBe(201);
    }
    const fourth = await asPatient.post('/api/appointments', requestAt(3));
    expect(fourth.status).toBe(409);
    expect(fourth.body).toMatchObject({ code: 'open_request_limit' });
    expect(fourth.body.detail).toContain('3 requests');
  });

  it('lets the patient ask again once the clinic answers one', async () => {
    const c = await createClinic(t.app);
    const asPatient = client(t.app, c.patient.token);
    const ids: number[] = [];
    for (let i = 0; i < 3; i++)
      ids.push((await asPatient.post('/api/appointments', requestAt(i))).body.id);
    await client(t.app, c.staff.token).patch(`/api/appointments/${ids[0]}`, {
      status: 'confirmed',
    });
    expect((await asPatient.post('/api/appointments', requestAt(3))).status).toBe(201);
  });

  it('does not count the front desk’s own bookings for the patient', async () => {
    const c = await createClinic(t.app);
    const asStaff = client(t.app, c.staff.token);
    for (let i = 0; i < 4; i++) {
      const booked = await asStaff.post('/api/appointments', {
        ...requestAt(i),
        patient: c.patient.user.id,
        status: 'pending',
      });
      expect(booked.status).toBe(201);
    }
  });

  it('follows the clinic’s setting', async () => {
    const c = await createClinic(t.app);
    const setting = await client(t.app, c.owner.token).patch('/api/clinic', {
      max_open_requests: 1,
    });
    expect(setting.status).toBe(200);
    const asPatient = client(t.app, c.patient.token);
    expect((await asPatient.post('/api/appointments', requestAt(0))).status).toBe(201);
    const second = await asPatient.post('/api/appointments', requestAt(1));
    expect(second.status).toBe(409);
    expect(second.body.detail).toContain('one request');
  });

  it('lets exactly the limit through when a patient sends ten requests at once', async () => {
    const c = await createClinic(t.app);
    const asPatient = client(t.app, c.patient.token);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => asPatient.post('/api/appointments', requestAt(i))),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(3);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(7);
  });
});
