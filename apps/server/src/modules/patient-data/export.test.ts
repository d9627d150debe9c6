import { describe, expect, it } from 'vitest';
import { clinicPerTest } from '../../test/fixture.ts';
import { client } from '../../test/test-app.ts';

// The test clock reads 2026-11-25 10:00 UTC; the clinic is in Europe/Lisbon.
const { t, c } = clinicPerTest();

async function book(patient: number, date: string, time = '09:00', notes = '') {
  const res = await client(t.app, c.staff.token).post('/api/appointments', {
    patient,
    dentist: c.dentist.user.id,
    service: c.service.id,
    date,
    time,
    notes,
    status: 'confirmed',
    override_availability: true,
  });
  if (res.status !== 201) throw new Error(`booking failed: ${res.raw.body}`);
  return res.body as { id: number };
}

/** The printable copy, read as text: the JSON client would try to parse it. */
function getHtml(token: string, url: string) {
  return t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
}

describe('a patient’s export of their data', () => {
  it('hands over the account, every visit with its history, and nothing of another patient', async () => {
    const me = c.patient.user.id;
    await client(t.app, c.staff.token).patch(`/api/users/${me}`, {
      medical_alerts: ['Penicillin allergy'],
      notes: 'Prefers mornings',
      date_of_birth: '1950-03-14',
    });
    const mine = await book(me, '2026-12-02', '09:00', 'Bring x-rays');
    await client(t.app, c.staff.token).patch(`/api/appointments/${mine.id}`, {
      time: '10:00',
      reason: 'Dentist running late',
    });
    const theirs = await book(c.otherPatient.user.id, '2026-12-02', '11:00', 'Ben’s own note');

    const res = await client(t.app, c.patient.token).get(`/api/users/${me}/export`);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="patient-\d+-data-2026-11-25\.json"$/,
    );
    expect(res.body).toMatchObject({
      format_version: 1,
      exported_at: '2026-11-25T10:00:00.000Z',
      controller: { name: 'Bright Smile Dental' },
      account: {
        id: me,
        name: 'Ana Lima',
        email: c.patient.user.email,
        medical_alerts: ['Penicillin allergy'],
        notes: 'Prefers mornings',
        date_of_birth: '1950-03-14',
        closed_at: null,
      },
    });
    expect(res.body.appointments).toHaveLength(1);
    const [visit] = res.body.appointments;
    expect(visit).toMatchObject({
      id: mine.id,
      service: 'Cleaning',
      dentist: 'Dr. Sam Reed',
      date: '2026-12-02',
      time: '10:00',
      status: 'confirmed',
      notes: 'Bring x-rays',
    });
    expect(visit.history.map((h: { action: string }) => h.action)).toEqual(['created', 'updated']);
    expect(visit.history[1]).toMatchObject({
      actor_name: 'Maria Costa',
      changes: { time: ['09:00', '10:00'] },
      reason: 'Dentist running late',
    });
    expect(res.body.sessions.length).toBeGreaterThan(0);
    expect(res.body.account_events.map((e: { action: string }) => e.action)).toContain('updated');
    const text = JSON.stringify(res.body);
    expect(text).not.toContain('Ben Novak');
    expect(text).not.toContain('Ben’s own note');
    expect(text).not.toContain(`"id":${theirs.id},`);
  });

  it('answers another patient 404, staff 403, and lets the owner export for a paper request', async () => {
    const me = c.patient.user.id;
    const other = await client(t.app, c.otherPatient.token).get(`/api/users/${me}/export`);
    expect(other.status).toBe(404);
    const otherHtml = await getHtml(c.otherPatient.token, `/api/users/${me}/export.html`);
    expect(otherHtml.statusCode).toBe(404);
    const staff = await client(t.app, c.staff.token).get(`/api/users/${me}/export`);
    expect(staff.status).toBe(403);
    const colleague = await client(t.app, c.owner.token).get(
      `/api/users/${c.staff.user.id}/export`,
    );
    expect(colleague.status).toBe(404);
    const owner = await client(t.app, c.owner.token).get(`/api/users/${me}/export`);
    expect(owner.status).toBe(200);
    expect(owner.body.account.name).toBe('Ana Lima');
  });

  it('lets a guardian export a dependant’s data, and no other patient', async () => {
    const added = await client(t.app, c.patient.token).post('/api/users/me/dependants', {
      name: 'Leo Lima',
      date_of_birth: '2018-04-02',
    });
    const child = added.body.id as number;
    const visit = await book(child, '2026-12-02', '09:00');

    const res = await client(t.app, c.patient.token).get(`/api/users/${child}/export`);
    expect(res.status).toBe(200);
    expect(res.body.account).toMatchObject({ id: child, name: 'Leo Lima' });
    expect(res.body.appointments.map((a: { id: number }) => a.id)).toEqual([visit.id]);
    const printable = await getHtml(c.patient.token, `/api/users/${child}/export.html`);
    expect(printable.statusCode).toBe(200);
    expect(
      (await client(t.app, c.otherPatient.token).get(`/api/users/${child}/export`)).status,
    ).toBe(404);
  });

  it('is written to the audit log each time, with who and in which form', async () => {
    const me = c.patient.user.id;
    await client(t.app, c.patient.token).get(`/api/users/${me}/export`);
    await getHtml(c.owner.token, `/api/users/${me}/export.html`);
    await client(t.app, c.otherPatient.token).get(`/api/users/${me}/export`);
    const log = await client(t.app, c.owner.token).get('/api/audit?action=exported');
    expect(log.body.count).toBe(2);
    expect(log.body.results).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actor: me, subject_id: me, changes: { format: [null, 'json'] } }),
        expect.objectContaining({
          actor: c.owner.user.id,
          subject_id: me,
          changes: { format: [null, 'html'] },
        }),
      ]),
    );
  });

  it('prints as a page in the patient’s language, every value escaped', async () => {
    const me = c.patient.user.id;
    await client(t.app, c.patient.token).patch(`/api/users/${me}`, {
      name: '<script>alert(1)</script>',
      language: 'de',
    });
    await book(me, '2026-12-02', '09:00', '<img src=x onerror=alert(2)>');
    const res = await getHtml(c.patient.token, `/api/users/${me}/export.html`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const html = res.body;
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('Ihre Daten');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('@media print');
  });

  it('carries a patient’s thousand visits with their history in one answer', async () => {
    const me = c.patient.user.id;
    // Inserted directly: a thousand bookings through the API would only test the booking.
    const db = t.ctx.db.kysely;
    const base = Date.parse('2020-01-06T09:00:00.000Z');
    for (let chunk = 0; chunk < 10; chunk += 1) {
      const rows = Array.from({ length: 100 }, (_, i) => {
        const startsAt = base + (chunk * 100 + i) * 86_400_000;
        return {
          patientId: me,
          dentistId: c.dentist.user.id,
          serviceId: c.service.id,
          date: new Date(startsAt).toISOString().slice(0, 10),
          time: '09:00',
          endTime: '09:45',
          durationMinutes: 45,
          startsAt,
          endsAt: startsAt + 45 * 60_000,
          status: 'completed' as const,
          notes: '',
          createdAt: startsAt,
          updatedAt: startsAt,
        };
      });
      const ids = await db.insertInto('appointments').values(rows).returning('id').execute();
      await db
        .insertInto('appointmentHistory')
        .values(
          ids.map(({ id }) => ({
            appointmentId: id,
            actorId: c.staff.user.id,
            at: base,
            action: 'created' as const,
            changes: JSON.stringify({ patient: [null, me] }),
            reason: null,
          })),
        )
        .execute();
    }
    const res = await client(t.app, c.patient.token).get(`/api/users/${me}/export`);
    expect(res.status).toBe(200);
    expect(res.body.appointments).toHaveLength(1000);
    expect(res.body.appointments.every((a: { history: unknown[] }) => a.history.length === 1)).toBe(
      true,
    );
  });
});
