import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { accountLinkUrl } from './account-links.ts';

describe('links in account emails', () => {
  it('start at PUBLIC_URL and carry the token after #, which browsers never send on', () => {
    const config = loadConfig({ PUBLIC_URL: 'https://clinic.example/' });
    expect(accountLinkUrl(config, 'password_reset', 'abc_-1')).toBe(
      'https://clinic.example/reset-password#token=abc_-1',
    );
    expect(accountLinkUrl(config, 'email_verification', 'abc')).toBe(
      'https://clinic.example/verify-email#token=abc',
    );
  });

  it('name where the server listens without PUBLIC_URL, never a Host header', () => {
    expect(accountLinkUrl(loadConfig({ PORT: '8080' }), 'password_reset', 't')).toBe(
      'http://127.0.0.1:8080/reset-password#token=t',
    );
    expect(accountLinkUrl(loadConfig({ HOST: '0.0.0.0', PORT: '80' }), 'password_reset', 't')).toBe(
      'http://localhost:80/reset-password#token=t',
    );
  });
});
