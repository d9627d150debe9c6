import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClinic } from '../../test/factories.ts';
import { client, createTestApp, type TestApp } from '../../test/test-app.ts';
import {
  type AppointmentFilters,
  findAppointment,
  listAppointmentRows,
} from './appointments.repository.ts';

let t: TestApp;
let c: Awaited<ReturnType<typeof createClinic>>;
beforeEach(async () => {
  t = await createTestApp();
  c = await createClinic(t.app);
  // One booking falls on a Saturday; the free times are not what these tests are about.
  const book = async (body: Record<string, unknown>) => {
    const res = await client(t.app, c.staff.token).post('/api/appointments', {
      ...body,
      override_availability: true,
    });
    if (res.status !== 201) throw new Error(`booking failed: ${res.raw.body}`);
  };
  await book({
    patient: c.patient.user.id,
    dentist: c.dentist.user.id,
    date: '2026-12-01',
    time: '09:00',
    service: c.service.id,
    notes: 'Crown fitting',
  });
  await book({
    patient: c.otherPatient.user.id,
    dentist: c.otherDentist.user.id,
    date: '2026-12-01',
    time: '09:00',
    status: 'pending',
  });
  await book({ patient: c.patient.user.id, date: '2026-12-03', time: '11:30' });
  await book({
    patient: c.otherPatient.user.id,
    dentist: c.dentist.user.id,
    date: '2026-12-05',
    time: '15:00',
    service: c.service.id,
  });
});
afterEach(() => t.close());

const everything = { limit: 50, offset: 0 };
const ids = async (filters: AppointmentFilters, page = everything) =>
  (await listAppointmentRows(t.ctx.db, filters, page)).map((row) => row.id);

describe('the list query', () => {
  it('reads each row exactly as the single-appointment lookup does', async () => {
    const rows = await listAppointmentRows(t.ctx.db, {}, everything);
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row).toEqual(await findAppointment(t.ctx.db.kysely, row.id));
    // Absent dentist and service read as null, not as a shifted column.
    expect(rows.find((row) => row.dentistId === null)).toMatchObject({
      dentistName: null,
      serviceId: null,
      serviceName: null,
    });
  });

  it('binds fresh values each time a combination of filters is reused', async () => {
    const first = await ids({ dentistId: c.dentist.user.id, statuses: ['confirmed'] });
    const second = await ids({ dentistId: c.otherDentist.user.id, statuses: ['pending'] });
    expect(first).toHaveLength(2);
    expect(second).toHaveLength(1);
    expect(first).not.toContain(second[0]);
    expect(await ids({ patientId: c.patient.user.id })).toHaveLength(2);
    expect(await ids({ patientId: c.otherPatient.user.id })).toHaveLength(2);
    expect(await ids({ dateFrom: '2026-12-02', dateTo: '2026-12-04' })).toHaveLength(1);
    expect(await ids({ dateFrom: '2026-12-01', dateTo: '2026-12-01' })).toHaveLength(2);
    // No dentist is a shape of its own, not a dentist id of null bound to `=`.
    expect(await ids({ dentistId: null })).toHaveLength(1);
    // Booked without a dentist, it waits as a request: confirming needs a dentist.
    expect(await ids({ dentistId: null, statuses: ['pending'] })).toHaveLength(1);
  });

  it('combines every filter at once, each bound to its own column', async () => {
    const filters: AppointmentFilters = {
      statuses: ['confirmed', 'pending'],
      dentistId: c.dentist.user.id,
      patientId: c.otherPatient.user.id,
      serviceId: c.service.id,
      dateFrom: '2026-12-01',
      dateTo: '2026-12-31',
      search: 'novak',
    };
    expect(await ids(filters)).toHaveLength(1);
    expect(await ids({ ...filters, search: 'lima' })).toEqual([]);
  });

  it('pages with the limit and offset it is given', async () => {
    const all = await ids({});
    expect(await ids({}, { limit: 2, offset: 1 })).toEqual(all.slice(1, 3));
    expect(await ids({}, { limit: 2, offset: 3 })).toEqual(all.slice(3));
  });
});
