import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
// Registering the clinic's two patients sends each a link to confirm their address; this test
// is about the visit emails that follow.
beforeEach(async () => {
  await inbox.waitFor(2);
  inbox.received.splice(0);
});

describe('email about a dependant’s visit', () => {
  it('reaches their guardian, saying whom it is about', async () => {
    const added = await client(t.app, c.patient.token).post('/api/users/me/dependants', {
      name: 'Leo Lima',
      date_of_birth: '2018-04-02',
    });
    expect(added.status).toBe(201);
    const child = added.body as { id: number };
    const booked = await client(t.app, c.staff.token).post('/api/appointments', {
      patient: child.id,
      dentist: c.dentist.user.id,
      date: '2026-12-02',
      time: '09:00',
      status: 'confirmed',
    });
    expect(booked.status).toBe(201);

    const [confirmation] = await inbox.waitFor(1);
    expect(confirmation?.to).toBe(c.patient.user.email);
    expect(confirmation?.text).toContain('Hello Ana Lima,');
    expect(confirmation?.text).toContain('This message is about Leo Lima, whom you book for.');
  });
});
