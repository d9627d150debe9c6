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
const { t, c } = clinicPerTest(() => ({ smtpUrl: inbox.url }));

const settle = () => new Promise((resolve) => setTimeout(resolve, 400));
const aboutVisits = () => inbox.received.filter((m) => !/Confirm your email/.test(m.subject));

async function waitForVisitMails(count: number) {
  while (aboutVisits().length < count) await inbox.waitFor(inbox.received.length + 1);
  return aboutVisits();
}

async function confirmedVisit(date: string, time: string) {
  const res = await client(t.app, c.staff.token).post('/api/appointments', {
    patient: c.patient.user.id,
    date,
    time,
    dentist: c.dentist.user.id,
    service: c.service.id,
  });
  if (res.status !== 201) throw new Error(`booking failed: ${res.raw.body}`);
  return res.body as { id: number };
}

describe('message preferences', () => {
  it('start with visit changes and reminders on, and are the holder’s alone', async () => {
    const mine = await client(t.app, c.patient.token).get(
      `/api/users/${c.patient.user.id}/message-preferences`,
    );
    expect(mine.body).toEqual({
      visit_changes: true,
      reminders: true,
      sms: { visit_changes: true, reminders: true },
    });
    const byStaff = await client(t.app, c.staff.token).patch(
      `/api/users/${c.patient.user.id}/message-preferences`,
      { reminders: false },
    );
    expect(byStaff.status).toBe(403);
    const byOther = await client(t.app, c.otherPatient.token).get(
      `/api/users/${c.patient.user.id}/message-preferences`,
    );
    expect(byOther.status).toBe(404);
  });

  it('make the sender drop a reminder already queued, and still send visit changes', async () => {
    await confirmedVisit('2026-11-27', '10:00');
    const [confirmation] = await waitForVisitMails(1);
    expect(confirmation?.subject).toMatch(/is confirmed/);

    const off = await client(t.app, c.patient.token).patch(
      `/api/users/${c.patient.user.id}/message-preferences`,
      { reminders: false },
    );
    expect(off.body).toEqual({
      visit_changes: true,
      reminders: false,
      sms: { visit_changes: true, reminders: true },
    });

    t.clock.now = Date.parse('2026-11-26T10:30:00.000Z'); // past the reminder's moment
    await settle();
    expect(aboutVisits()).toHaveLength(1);
    const dropped = await t.ctx.db.kysely
      .selectFrom('notifications')
      .select(['droppedAt', 'lastError', 'sentAt'])
      .where('kind', '=', 'reminder')
      .executeTakeFirstOrThrow();
    expect(dropped).toMatchObject({
      sentAt: null,
      lastError: 'recipient turned off reminders emails',
    });
    expect(dropped.droppedAt).not.toBeNull();
  });

  it('stop changes to visits for someone who turned them off, reminders still going', async () => {
    await client(t.app, c.patient.token).patch(
      `/api/users/${c.patient.user.id}/message-preferences`,
      { visit_changes: false },
    );
    await confirmedVisit('2026-11-27', '10:00');
    t.clock.now = Date.parse('2026-11-26T10:30:00.000Z');
    const [reminder] = await waitForVisitMails(1);
    expect(reminder?.subject).toMatch(/^Reminder/);
    await settle();
    expect(aboutVisits()).toHaveLength(1);
  });

  it('choose texts per topic apart from emails, and leave what was not sent as it was', async () => {
    const texts = await client(t.app, c.patient.token).patch(
      `/api/users/${c.patient.user.id}/message-preferences`,
      { sms: { reminders: false } },
    );
    expect(texts.body).toEqual({
      visit_changes: true,
      reminders: true,
      sms: { visit_changes: true, reminders: false },
    });
    const emails = await client(t.app, c.patient.token).patch(
      `/api/users/${c.patient.user.id}/message-preferences`,
      { visit_changes: false },
    );
    expect(emails.body).toEqual({
      visit_changes: false,
      reminders: true,
      sms: { visit_changes: true, reminders: false },
    });
    const bad = await client(t.app, c.patient.token).patch(
      `/api/users/${c.patient.user.id}/message-preferences`,
      { sms: { reminders: 'no' } },
    );
    expect(bad.status).toBe(400);
  });

  it('are recorded in the audit log', async () => {
    await client(t.app, c.patient.token).patch(
      `/api/users/${c.patient.user.id}/message-preferences`,
      { reminders: false },
    );
    const audit = await client(t.app, c.owner.token).get(
      `/api/audit?subject=account&actor=${c.patient.user.id}`,
    );
    const entry = audit.body.results.find(
      (e: { changes: Record<string, unknown> }) => e.changes.emails_reminders !== undefined,
    );
    expect(entry?.changes.emails_reminders).toEqual([true, false]);
  });
});
