import { describe, expect, it } from 'vitest';
import {
  ageOn,
  contactChannelProblem,
  contactProblem,
  dateOfBirthProblem,
  MAX_MEDICAL_ALERT_LENGTH,
  MAX_MEDICAL_ALERTS,
  medicalAlertsProblem,
  normalizeMedicalAlerts,
} from './patient-record.ts';

describe('medical alerts', () => {
  it('keeps alerts trimmed, once each, in the order given', () => {
    expect(
      normalizeMedicalAlerts(['  Penicillin  allergy ', '', 'Pacemaker', 'penicillin allergy']),
    ).toEqual(['Penicillin allergy', 'Pacemaker']);
  });

  it('refuses too many or too long alerts, pointing to the notes', () => {
    expect(medicalAlertsProblem(['Anticoagulants'])).toBeNull();
    const many = Array.from({ length: MAX_MEDICAL_ALERTS + 1 }, (_, i) => `Alert ${i}`);
    expect(medicalAlertsProblem(many)).toMatch(/notes/);
    expect(medicalAlertsProblem(['x'.repeat(MAX_MEDICAL_ALERT_LENGTH + 1)])).toMatch(/notes/);
  });
});

describe('date of birth', () => {
  it('accepts a past date, today included', () => {
    expect(dateOfBirthProblem('1950-02-28', '2026-06-01')).toBeNull();
    expect(dateOfBirthProblem('2026-06-01', '2026-06-01')).toBeNull();
  });

  it('refuses the future, impossible dates and implausible ages', () => {
    expect(dateOfBirthProblem('2026-06-02', '2026-06-01')).toMatch(/future/);
    expect(dateOfBirthProblem('2001-02-29', '2026-06-01')).toMatch(/real date/);
    expect(dateOfBirthProblem('1890-01-01', '2026-06-01')).toMatch(/plausible/);
  });

  it('counts whole years of age', () => {
    expect(ageOn('1950-06-02', '2026-06-01')).toBe(75);
    expect(ageOn('1950-06-01', '2026-06-01')).toBe(76);
    expect(ageOn('2004-02-29', '2026-02-28')).toBe(21);
    expect(ageOn('2004-02-29', '2026-03-01')).toBe(22);
  });
});

describe('reaching a patient', () => {
  it('needs an email for email and a phone for calls and text messages', () => {
    expect(contactChannelProblem('email', { email: '', phone: '911' })).toMatch(/email/);
    expect(contactChannelProblem('sms', { email: 'a@b.pt', phone: '' })).toMatch(/phone/);
    expect(contactChannelProblem('phone', { email: '', phone: '911' })).toBeNull();
    expect(contactChannelProblem(null, { email: '', phone: '911' })).toBeNull();
  });

  it('lets only patients go without an email, and never without both', () => {
    expect(contactProblem({ role: 'patient', email: '', phone: '911 000 000' })).toBeNull();
    expect(contactProblem({ role: 'patient', email: '', phone: '' })).toEqual({
      field: 'phone',
      message: 'Enter an email address or a phone number.',
    });
    expect(contactProblem({ role: 'staff', email: '', phone: '911 000 000' })?.field).toBe('email');
    expect(contactProblem({ role: 'staff', email: 'a@b.pt', phone: '' })).toBeNull();
  });
});

describe('a dependant’s contact', () => {
  it('needs neither email nor phone: their guardian is reached', () => {
    expect(contactProblem({ role: 'patient', email: '', phone: '', guardianId: 7 })).toBeNull();
    expect(contactProblem({ role: 'patient', email: '', phone: '', guardianId: null })?.field).toBe(
      'phone',
    );
  });
});
