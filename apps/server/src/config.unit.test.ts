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
