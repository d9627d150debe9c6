import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clinicPerTest } from '../../test/fixture.ts';
import { startSmtpInbox } from '../../test/smtp-inbox.ts';
import { client } from '../../test/test-app.ts';

// The test clock reads 2026-11-25 10:00 UTC; the clinic is in Europe/Lisbon (UTC+0 in winter).
let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
beforeEach(async () => {
  inbox = await startSmtpInbox();
});
afterEach(() => inbox.close());
const { t, c } = clinicPerTest(() => ({ smtpUrl: inbox.url, mailFrom: 'desk@bright.example' }));
// Registering the clinic's two patients sends each a link to confirm their address; this test
// is about the visit emails that follow.
beforeEach(async () => {
  await inbox.waitFor(2);
  inbox.received.splice(0);
});

/** A visit the front desk booked, once the patient has had its confirmation. */
async function confirmedVisit() {
  const res = await client(t.app, c.staff.token).post('/api/appointments', {
    patient: c.patient.user.id,
    dentist: c.dentist.user.id,
    service: c.service.id,
    date: '2026-12-02',
    time: '09:30',
  });
  if (res.status !== 201) throw new Error(`booking failed: ${res.raw.body}`);
  await inbox.waitFor(1);
  return res.body.id as number;
}

/** What the outbox holds for the visit, committed with the change that queued it. */
async function queued(id: number) {
  const rows = await t.ctx.db.kysely
    .selectFrom('notifications')
    .select(['kind', 'recipientId'])
    .where('appointmentId', '=', id)
    .orderBy('id')
    .execute();
  return rows.map((row) => `${row.kind}→${row.recipientId}`);
}

const frontDesk = () => [c.owner.user.email, c.staff.user.email].sort();

describe('emails about a patient’s own change', () => {
  it('tells the front desk of a cancellation, and sends the patient who made it the calendar’s cancellation', async () => {
    const id = await confirmedVisit();
    const res = await client(t.app, c.patient.token).patch(`/api/appointments/${id}`, {
      status: 'cancelled',
      reason: 'Flu',
    });
    expect(res.status).toBe(200);
    expect(await queued(id)).toEqual([
      `appointment_confirmed→${c.patient.user.id}`,
      `reminder→${c.patient.user.id}`,
      `patient_cancelled→${c.owner.user.id}`,
      `patient_cancelled→${c.staff.user.id}`,
      `appointment_cancelled→${c.patient.user.id}`,
    ]);
    const sent = (await inbox.waitFor(4)).slice(1);
    const toPatient = sent.filter((m) => m.to === c.patient.user.email);
    expect(toPatient).toHaveLength(1);
    expect(toPatient[0]?.calendar?.method).toBe('CANCEL');
    const mails = sent.filter((m) => m.to !== c.patient.user.email);
    expect(mails.map((m) => m.to).sort()).toEqual(frontDesk());
    expect(mails[0]?.subject).toBe('Ana Lima cancelled an appointment');
    expect(mails[0]?.text).toContain('Wednesday 2 December 2026 at 09:30');
  });

  it('tells the front desk of a move, with the new time, and drops the old reminder', async () => {
    const id = await confirmedVisit();
    const res = await client(t.app, c.patient.token).patch(`/api/appointments/${id}`, {
      date: '2026-12-03',
      time: '14:00',
    });
    expect(res.status).toBe(200);
    expect(await queued(id)).toEqual([
      `appointment_confirmed→${c.patient.user.id}`,
      `reminder→${c.patient.user.id}`,
      `patient_moved→${c.owner.user.id}`,
      `patient_moved→${c.staff.user.id}`,
    ]);
    const mails = (await inbox.waitFor(3)).slice(1);
    expect(mails.map((m) => m.to).sort()).toEqual(frontDesk());
    expect(mails[0]?.subject).toBe('Ana Lima moved an appointment');
    expect(mails[0]?.text).toContain('Thursday 3 December 2026 at 14:00');

    // The visit now waits for the clinic: its reminder, due the day before the old time, is
    // dropped when it falls due instead of reminding of a time that no longer holds.
    t.clock.now = Date.parse('2026-12-01T09:30:00.000Z');
    const dropped = async () =>
      (
        await t.ctx.db.kysely
          .selectFrom('notifications')
          .select(['droppedAt', 'sentAt'])
          .where('appointmentId', '=', id)
          .where('kind', '=', 'reminder')
          .executeTakeFirstOrThrow()
      ).droppedAt;
    await expect.poll(dropped, { timeout: 15_000 }).not.toBeNull();
    expect(inbox.received).toHaveLength(3);
  });

  it('plans the reminder of the new time when the clinic keeps moved visits confirmed', async () => {
    await client(t.app, c.owner.token).patch('/api/clinic', { patients_move_confirmed: true });
    const id = await confirmedVisit();
    await client(t.app, c.patient.token).patch(`/api/appointments/${id}`, {
      date: '2026-12-03',
      time: '14:00',
    });
    const reminders = await t.ctx.db.kysely
      .selectFrom('notifications')
      .select(['startsAt', 'dueAt'])
      .where('appointmentId', '=', id)
      .where('kind', '=', 'reminder')
      .orderBy('id')
      .execute();
    expect(reminders.at(-1)).toEqual({
      startsAt: Date.parse('2026-12-03T14:00:00.000Z'),
      dueAt: Date.parse('2026-12-02T14:00:00.000Z'),
    });
  });
});
