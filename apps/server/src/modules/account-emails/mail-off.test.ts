import { describe, expect, it } from 'vitest';
import { clinicPerTest } from '../../test/fixture.ts';
import { client } from '../../test/test-app.ts';

const { t, c } = clinicPerTest({ smtpUrl: undefined });

describe('accounts without a mail server', () => {
  it('tells the sign-in page that email is off, and refuses resets with 409 mail_off', async () => {
    expect((await client(t.app).get('/api/clinic')).body.email_notifications).toBe(false);
    const res = await client(t.app).post('/api/auth/password-reset', {
      email: c.patient.user.email,
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('mail_off');
  });

  it('counts a self-registered address as confirmed, since nothing could confirm it', async () => {
    expect(c.patient.user.email_verified).toBe(true);
    const owner = client(t.app, c.owner.token);
    await owner.patch('/api/clinic', { unverified_patients_may_request: false });
    const asked = await client(t.app, c.patient.token).post('/api/appointments', {
      date: '2026-12-02',
      time: '09:30',
      dentist: c.dentist.user.id,
      service: c.service.id,
    });
    expect(asked.status).toBe(201);
  });

  it('lets a patient change their own address at once, ending their other sessions', async () => {
    const elsewhere = await client(t.app).post('/api/auth/login', {
      email: c.patient.user.email,
      password: 'molar-crown-lisbon-42',
    });
    const res = await client(t.app, c.patient.token).patch(`/api/users/${c.patient.user.id}`, {
      email: 'ana.new@example.com',
      current_password: 'molar-crown-lisbon-42',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ email: 'ana.new@example.com', pending_email: null });
    expect((await client(t.app, c.patient.token).get('/api/auth/me')).status).toBe(200);
    expect((await client(t.app, elsewhere.body.token).get('/api/auth/me')).status).toBe(401);
  });
});
