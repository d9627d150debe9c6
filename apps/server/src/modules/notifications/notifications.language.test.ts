import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clinicPerTest } from '../../test/fixture.ts';
import { startSmtpInbox } from '../../test/smtp-inbox.ts';
import { client } from '../../test/test-app.ts';

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

describe('emails in the recipient’s language', () => {
  it('writes in the person’s own language, else in the clinic’s default', async () => {
    await client(t.app, c.owner.token).patch('/api/clinic', { default_language: 'de' });
    await client(t.app, c.patient.token).patch(`/api/users/${c.patient.user.id}`, {
      language: 'es',
    });
    const created = await client(t.app, c.patient.token).post('/api/appointments', {
      date: '2026-12-02',
      time: '09:30',
      dentist: c.dentist.user.id,
      service: c.service.id,
    });
    expect(created.status).toBe(201);

    // The front desk chose no language: the clinic's German.
    const toDesk = await inbox.waitFor(2);
    for (const mail of toDesk) {
      expect(mail.subject).toBe('Neue Terminanfrage von Ana Lima');
      expect(mail.text).toContain('Mittwoch, 2. Dezember 2026 um 09:30 Uhr');
    }

    await client(t.app, c.staff.token).patch(`/api/appointments/${created.body.id}`, {
      status: 'confirmed',
    });
    const mails = await inbox.waitFor(3);
    expect(mails[2]?.to).toBe(c.patient.user.email);
    expect(mails[2]?.subject).toBe(
      `Su cita del ${new Intl.DateTimeFormat('es-ES', {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date('2026-12-02T00:00:00Z'))} a las 09:30 está confirmada`,
    );
    expect(mails[2]?.text).toContain('Hola, Ana Lima:');
  });

  it('writes times on the clinic’s 12-hour clock when it uses one', async () => {
    await client(t.app, c.owner.token).patch('/api/clinic', { time_format: '12h' });
    await client(t.app, c.patient.token).post('/api/appointments', {
      date: '2026-12-02',
      time: '14:30',
      dentist: c.dentist.user.id,
      service: c.service.id,
    });
    const [toDesk] = await inbox.waitFor(2);
    expect(toDesk?.text).toMatch(/Wednesday 2 December 2026 at 2:30\spm/i);
  });
});
