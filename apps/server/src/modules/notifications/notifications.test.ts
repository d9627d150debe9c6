import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClinic } from '../../test/factories.ts';
import { clinicPerTest } from '../../test/fixture.ts';
import { startSmtpInbox } from '../../test/smtp-inbox.ts';
import { client, createTestApp } from '../../test/test-app.ts';

// The test clock reads 2026-11-25 10:00 UTC; the clinic is in Europe/Lisbon (UTC+0 in winter).
let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
beforeEach(async () => {
  inbox = await startSmtpInbox();
});
// After the inbox exists; the app closes before it does.
afterEach(() => inbox.close());
const { t, c } = clinicPerTest(() => ({
  smtpUrl: inbox.url,
  mailFrom: 'Bright Smile <desk@bright.example>',
})); // Registering the clinic's two patients sends each a link to confirm their address; these
// tests are about the visit emails that follow.
beforeEach(async () => {
  await inbox.waitFor(2);
  inbox.received.splice(0);
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

async function request(date = '2026-12-02', time = '09:30') {
  const res = await client(t.app, c.patient.token).post('/api/appointments', {
    date,
    time,
    dentist: c.dentist.user.id,
    service: c.service.id,
  });
  if (res.status !== 201) throw new Error(`request failed: ${res.raw.body}`);
  return res.body as { id: number };
}

describe('email notifications', () => {
  it('tells the front desk of a request and the patient of its confirmation, once each', async () => {
    const { id } = await request();
    const [toDesk] = await inbox.waitFor(2); // the owner and the receptionist, not the dentists
    expect(inbox.received.map((m) => m.to).sort()).toEqual(
      [c.owner.user.email, c.staff.user.email].sort(),
    );
    expect(toDesk?.subject).toBe('New appointment request from Ana Lima');
    expect(toDesk?.text).toContain('Wednesday 2 December 2026 at 09:30');

    await client(t.app, c.staff.token).patch(`/api/appointments/${id}`, { status: 'confirmed' });
    const mails = await inbox.waitFor(3);
    expect(mails[2]).toMatchObject({
      to: c.patient.user.email,
      subject: 'Your appointment on Wednesday 2 December 2026 at 09:30 is confirmed',
    });
    expect(mails[2]?.text).toContain('Cleaning');
    expect(mails[2]?.text).toContain('with Dr. Sam Reed');
    expect(mails[2]?.text).toContain('Bright Smile Dental');
    await settle();
    expect(inbox.received).toHaveLength(3);
  });

  it('reminds the patient once, the lead time before, and not for a start that moved', async () => {
    const { id } = await request('2026-11-27', '10:00');
    await inbox.waitFor(2);
    await client(t.app, c.staff.token).patch(`/api/appointments/${id}`, { status: 'confirmed' });
    await inbox.waitFor(3);
    // Moved before the first reminder fell due: only the new start is reminded of.
    await client(t.app, c.staff.token).patch(`/api/appointments/${id}`, { time: '11:00' });
    const moved = await inbox.waitFor(4);
    expect(moved[3]?.subject).toBe(
      'Your appointment has moved to Friday 27 November 2026 at 11:00',
    );

    t.clock.now = Date.parse('2026-11-26T10:30:00.000Z'); // 24 h before 10:00, not yet 11:00
    await settle();
    expect(inbox.received).toHaveLength(4);
    t.clock.now = Date.parse('2026-11-26T11:00:00.000Z');
    const reminded = await inbox.waitFor(5);
    expect(reminded[4]).toMatchObject({
      to: c.patient.user.email,
      subject: 'Reminder: your appointment on Friday 27 November 2026 at 11:00',
    });
    await settle();
    expect(inbox.received).toHaveLength(5);
  });

  it('re-plans reminders when the clinic changes its lead time, still once each', async () => {
    const { id } = await request('2026-12-02', '09:30');
    await inbox.waitFor(2);
    await client(t.app, c.staff.token).patch(`/api/appointments/${id}`, { status: 'confirmed' });
    await inbox.waitFor(3);
    const settings = await client(t.app, c.owner.token).patch('/api/clinic', {
      reminder_lead_hours: 48,
    });
    expect(settings.status).toBe(200);

    t.clock.now = Date.parse('2026-11-30T09:31:00.000Z'); // 48 h before, where 24 h was planned
    const reminded = await inbox.waitFor(4);
    expect(reminded[3]?.subject).toBe(
      'Reminder: your appointment on Wednesday 2 December 2026 at 09:30',
    );
    t.clock.now = Date.parse('2026-12-01T09:31:00.000Z'); // the old 24-hour moment
    await settle();
    expect(inbox.received).toHaveLength(4);
  });

  it('keeps trying a message the mail server refuses, then sends it once', async () => {
    const { id } = await request();
    await inbox.waitFor(2);
    inbox.failNext(1);
    await client(t.app, c.staff.token).patch(`/api/appointments/${id}`, {
      status: 'cancelled',
      reason: 'Dentist ill',
    });
    await settle();
    expect(inbox.received).toHaveLength(2);
    const row = await t.ctx.db.kysely
      .selectFrom('notifications')
      .selectAll()
      .where('kind', '=', 'appointment_cancelled')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ attempts: 1, sentAt: null });
    expect(row.lastError).toContain('mailbox busy');

    t.clock.now += 61_000; // past the first retry delay
    const mails = await inbox.waitFor(3);
    expect(mails[2]).toMatchObject({
      to: c.patient.user.email,
      subject: 'Your appointment on Wednesday 2 December 2026 at 09:30 is cancelled',
    });
    expect(mails[2]?.text).not.toContain('Dentist ill');
  });

  it('drops a confirmation overtaken by a cancellation before it was sent', async () => {
    const { id } = await request();
    await inbox.waitFor(2);
    const staff = client(t.app, c.staff.token);
    inbox.failNext(1); // the confirmation waits for its retry
    await staff.patch(`/api/appointments/${id}`, { status: 'confirmed' });
    await settle();
    await staff.patch(`/api/appointments/${id}`, { status: 'cancelled' });
    t.clock.now += 61_000;
    await inbox.waitFor(3);
    await settle();
    expect(inbox.received.map((m) => m.subject)).toEqual([
      'New appointment request from Ana Lima',
      'New appointment request from Ana Lima',
      'Your appointment on Wednesday 2 December 2026 at 09:30 is cancelled',
    ]);
  });

  it('queues nothing when no mail server is configured', async () => {
    const quiet = await createTestApp();
    const clinic = await createClinic(quiet.app);
    await client(quiet.app, clinic.patient.token).post('/api/appointments', {
      date: '2026-12-02',
      time: '09:30',
    });
    const queued = await quiet.ctx.db.kysely.selectFrom('notifications').selectAll().execute();
    expect(queued).toEqual([]);
    // The settings page says so, rather than promising reminders that never go out.
    expect((await client(quiet.app).get('/api/clinic')).body.email_notifications).toBe(false);
    expect((await client(t.app).get('/api/clinic')).body.email_notifications).toBe(true);
    await quiet.close();
  });
});
