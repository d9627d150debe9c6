import { describe, expect, it } from 'vitest';
import { optionalPassword, requireEmail, requireName, requirePassword } from './validators';

describe('form rules', () => {
  it('accepts an address with a domain and refuses one without', () => {
    expect(requireEmail('ana@clinic.example')).toBeNull();
    expect(requireEmail('ana@clinic')).not.toBeNull();
    expect(requireEmail(' ana@clinic.example')).not.toBeNull();
    expect(requireEmail('')).not.toBeNull();
  });

  it('refuses a name of blanks', () => {
    expect(requireName('Ana')).toBeNull();
    expect(requireName('   ')).not.toBeNull();
  });

  it('counts a password without its surrounding blanks', () => {
    expect(requirePassword('12345678')).toBeNull();
    expect(requirePassword(' 1234567 ')).not.toBeNull();
    expect(optionalPassword('')).toBeNull();
    expect(optionalPassword('short')).not.toBeNull();
  });
});
