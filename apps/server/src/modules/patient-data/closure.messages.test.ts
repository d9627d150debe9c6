import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clinicPerTest } from '../../test/fixture.ts';
import { startSmtpInbox } from '../../test/smtp-inbox.ts';
import { client } from '../../test/test-app.ts';

// The test clock reads 2026-11-25 10:00 UTC; the clinic is in Europe/Lisbon.
let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
beforeEach(async () => {
  inbox = await startSmtpInbox();
});
afterEach(() => inbox.close());
const { t, c } = clinicPerTest(() => ({
  smtpUrl: inbox.url,
  mailFrom: 'Bright Smile <desk@bright.example>',
}));

const messagesTo = (recipientId: number) =>
  t.ctx.db.kysely
    .selectFrom('notifications')
    .select(['kind', 'sentAt', 'droppedAt', 'lastError'])
    .where('recipientId', '=', recipientId)
    .execute();

describe('closing an account and the emails queued for the person', () => {
  it('drops those not sent yet and writes none about the visits it cancels', async () => {
    const me = c.patient.user.id;
    const booked = await client(t.app, c.staff.token).post('/api/appointments', {
      patient: me,
      dentist: c.dentist.user.id,
      date: '2026-12-02',
      time: '09:00',
      status: 'confirmed',
      override_availability: true,
    });
    expect(booked.status).toBe(201);
    // The confirmation goes out at once; the reminder waits for the day before.
    await vi.waitFor(
      async () => {
        const sent = (await messagesTo(me)).filter((m) => m.kind === 'appointment_confirmed');
        if (sent[0]?.sentAt == null) throw new Error('the confirmation is not sent yet');
      },
      { timeout: 30_000, interval: 100 },
    );

    const closed = await client(t.app, c.owner.token).post(`/api/users/${me}/close`);
    expect(closed.body.cancelled_visits).toBe(1);
    const messages = await messagesTo(me);
    expect(messages.find((m) => m.kind === 'reminder')).toMatchObject({
      sentAt: null,
      droppedAt: expect.any(Number),
      lastError: 'account closed',
    });
    expect(messages.filter((m) => m.sentAt === null && m.droppedAt === null)).toEqual([]);
    expect(messages.map((m) => m.kind).sort()).toEqual(['appointment_confirmed', 'reminder']);
  });
});
