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
})); // Registering the clinic's two patients sends each a link to confirm their address; this
// test is about the visit emails that follow.
beforeEach(async () => {
  await inbox.waitFor(2);
  inbox.received.splice(0);
});

/** The confirmations queued for `recipientId`, once every one of them is settled. */
async function settledConfirmations(recipientId: number) {
  return vi.waitFor(
    async () => {
      const rows = await t.ctx.db.kysely
        .selectFrom('notifications')
        .select(['kind', 'sentAt', 'droppedAt', 'lastError', 'attempts'])
        .where('recipientId', '=', recipientId)
        .where('kind', '=', 'appointment_confirmed')
        .execute();
      if (rows.length === 0 || rows.some((r) => r.sentAt === null && r.droppedAt === null)) {
        throw new Error(`not settled yet: ${JSON.stringify(rows)}`);
      }
      return rows;
    },
    { timeout: 30_000, interval: 100 },
  );
}

describe('email to a patient registered with a phone number only', () => {
  it('is dropped cleanly, never sent nor retried, while others still get theirs', async () => {
    const created = await client(t.app, c.staff.token).post('/api/users', {
      name: 'Rosa Pires',
      phone: '912 345 678',
      role: 'patient',
    });
    const rosa = created.body as { id: number };
    for (const [patient, time] of [
      [rosa.id, '09:00'],
      [c.patient.user.id, '10:00'],
    ] as const) {
      const res = await client(t.app, c.staff.token).post('/api/appointments', {
        patient,
        dentist: c.dentist.user.id,
        date: '2026-12-02',
        time,
        status: 'confirmed',
      });
      expect(res.status).toBe(201);
    }

    const [confirmation] = await inbox.waitFor(1);
    expect(confirmation?.to).toBe(c.patient.user.email);
    const rows = await settledConfirmations(rosa.id);
    expect(rows).toEqual([
      expect.objectContaining({
        kind: 'appointment_confirmed',
        sentAt: null,
        droppedAt: expect.any(Number),
        lastError: 'no email address',
        attempts: 1,
      }),
    ]);
    expect(inbox.received).toHaveLength(1);
  });
});
