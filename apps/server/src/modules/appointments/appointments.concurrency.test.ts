import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClinic, registerPatient } from '../../test/factories.ts';
import { client, createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

describe('booking one slot concurrently', () => {
  it('lets exactly one of 30 simultaneous bookings of a dentist’s slot through', async () => {
    const c = await createClinic(t.app);
    const patients = await Promise.all(
      Array.from({ length: 30 }, (_, i) => registerPatient(t.app, `Patient ${i}`)),
    );
    const results = await Promise.all(
      patients.map((p) =>
        client(t.app, c.staff.token).post('/api/appointments', {
          patient: p.user.id,
          dentist: c.dentist.user.id,
          date: '2026-12-02',
          time: '09:30',
        }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(29);
    expect(
      results.filter((r) => r.status === 409).every((r) => r.body.code === 'double_booking'),
    ).toBe(true);
    const active = await t.ctx.db.kysely
      .selectFrom('appointments')
      .select('id')
      .where('dentistId', '=', c.dentist.user.id)
      .where('status', 'in', ['pending', 'confirmed'])
      .execute();
    expect(active).toHaveLength(1);
  });

  it('lets exactly one of 30 simultaneous reinstatements into one freed slot through', async () => {
    const c = await createClinic(t.app);
    const patients = await Promise.all(
      Array.from({ length: 30 }, (_, i) => registerPatient(t.app, `Patient ${i}`)),
    );
    const ids: number[] = [];
    for (const p of patients) {
      const booked = await client(t.app, c.staff.token).post('/api/appointments', {
        patient: p.user.id,
        dentist: c.dentist.user.id,
        date: '2026-12-02',
        time: '09:30',
      });
      ids.push(booked.body.id);
      await client(t.app, c.staff.token).patch(`/api/appointments/${booked.body.id}`, {
        status: 'cancelled',
      });
    }
    const results = await Promise.all(
      ids.map((id) =>
        client(t.app, c.staff.token).patch(`/api/appointments/${id}`, { status: 'confirmed' }),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(29);
  });
});
