import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('defaults to port 3000 on loopback with the embedded database in ./data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      trustProxy: false,
    });
    expect(config.dataDir).toMatch(/\/data$/);
    expect(config.sessionIdleMs).toBe(30 * 60_000);
    expect(config.sessionMaxMs).toBe(12 * 3_600_000);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' })).toMatchObject({
      databaseUrl: undefined,
      port: 3000,
    });
  });

  it('names every invalid setting', () => {
    expect(() =>
      loadConfig({ PORT: 'eighty', CLINIC_TIMEZONE: 'Mars/Olympus', DATABASE_URL: 'mysql://x' }),
    ).toThrow(/PORT[\s\S]*DATABASE_URL[\s\S]*CLINIC_TIMEZONE/);
  });

  it('reads PUBLIC_URL without its trailing slash, and refuses one that is not http(s)', () => {
    expect(loadConfig({}).publicUrl).toBeUndefined();
    expect(loadConfig({ PUBLIC_URL: 'https://clinic.example/' }).publicUrl).toBe(
      'https://clinic.example',
    );
    expect(() => loadConfig({ PUBLIC_URL: 'javascript:alert(1)' })).toThrow(/PUBLIC_URL/);
  });

  it('turns text messages on only with an account, its token and a sender', () => {
    const sid = `AC${'0123456789abcdef'.repeat(2)}`;
    expect(loadConfig({}).sms).toBeUndefined();
    expect(
      loadConfig({
        TWILIO_ACCOUNT_SID: sid,
        TWILIO_AUTH_TOKEN: 'secret',
        TWILIO_FROM: '+15005550006',
      }).sms,
    ).toEqual({
      accountSid: sid,
      authToken: 'secret',
      from: { number: '+15005550006' },
      apiUrl: 'https://api.twilio.com',
    });
    const service = `MG${'0123456789abcdef'.repeat(2)}`;
    expect(
      loadConfig({
        TWILIO_ACCOUNT_SID: sid,
        TWILIO_AUTH_TOKEN: 'secret',
        TWILIO_MESSAGING_SERVICE_SID: service,
        TWILIO_API_URL: 'http://127.0.0.1:4010/',
      }).sms,
    ).toMatchObject({ from: { messagingServiceSid: service }, apiUrl: 'http://127.0.0.1:4010' });
    expect(() => loadConfig({ TWILIO_ACCOUNT_SID: sid })).toThrow(
      /TWILIO_AUTH_TOKEN[\s\S]*TWILIO_FROM/,
    );
    expect(() =>
      loadConfig({
        TWILIO_ACCOUNT_SID: 'nope',
        TWILIO_AUTH_TOKEN: 'x',
        TWILIO_FROM: '+15005550006',
      }),
    ).toThrow(/TWILIO_ACCOUNT_SID/);
  });

  it('requires OWNER_PASSWORD with OWNER_EMAIL', () => {
    expect(() => loadConfig({ OWNER_EMAIL: 'boss@example.com' })).toThrow(ConfigError);
  });

  it('reads the owner, zone and session limits', () => {
    const config = loadConfig({
      OWNER_EMAIL: 'boss@example.com',
      OWNER_PASSWORD: 'molar-crown-lisbon-42',
      CLINIC_TIMEZONE: 'Europe/Lisbon',
      SESSION_IDLE_MINUTES: '15',
      TRUST_PROXY: 'true',
    });
    expect(config.owner).toEqual({
      email: 'boss@example.com',
      password: 'molar-crown-lisbon-42',
      name: 'Clinic owner',
    });
    expect(config).toMatchObject({
      clinicTimeZoneOverride: 'Europe/Lisbon',
      sessionIdleMs: 15 * 60_000,
      trustProxy: true,
    });
  });
});
