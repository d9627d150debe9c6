import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClinic } from '../../test/factories.ts';
import { client, createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

/** Front-desk registrations without passwords: no hashing, so the race itself is what is timed. */
async function registerPatients(ownerToken: string, count: number) {
  const patients = [];
  for (let i = 0; i < count; i++) {
    const res = await client(t.app, ownerToken).post('/api/users', {
      email: `walk-in-${i}@example.com`,
      name: `Patient ${i}`,
      role: 'patient',
    });
    patients.push({ user: res.body as { id: number } });
  }
  return patients;
}

describe('booking one slot concurrently', () => {
  // Overriding the free times, so that only the database's own rule stands between them.
  it('lets exactly one of 30 simultaneous bookings of a dentist’s slot through', async () => {
    const c = await createClinic(t.app);
    const patients = await registerPatients(c.owner.token, 30);
    const results = await Promise.all(
      patients.map((p) =>
        client(t.app, c.staff.token).post('/api/appointments', {
          patient: p.user.id,
          dentist: c.dentist.user.id,
          date: '2026-12-02',
          time: '09:30',
          override_availability: true,
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
    const patients = await registerPatients(c.owner.token, 30);
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
