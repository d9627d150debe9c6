import { describe, expect, it } from 'vitest';
import {
  anonymisedAccount,
  anonymisedPatientName,
  canChangeAccount,
  canExportPatientData,
  canListClosureRequests,
  canRequestClosure,
  closeAccountRefusal,
  ERASED,
  erasedAuditChanges,
} from './patient-data.ts';

const owner = { id: 1, role: 'owner' } as const;
const staff = { id: 2, role: 'staff' } as const;
const patient = { id: 4, role: 'patient' } as const;
const otherPatient = { id: 5, role: 'patient' } as const;

describe('canExportPatientData', () => {
  it('lets a patient export their own data and nobody else’s', () => {
    expect(canExportPatientData(patient, patient)).toBe(true);
    expect(canExportPatientData(otherPatient, patient)).toBe(false);
  });
  it('lets the owner export any patient’s, for a request made on paper', () => {
    expect(canExportPatientData(owner, patient)).toBe(true);
  });
  it('lets a guardian export the data of a dependant they book for, and of no other', () => {
    const child = { id: 6, role: 'patient', guardianId: patient.id } as const;
    expect(canExportPatientData(patient, child)).toBe(true);
    expect(canExportPatientData(otherPatient, child)).toBe(false);
  });
  it('refuses staff, and exports patients only', () => {
    expect(canExportPatientData(staff, patient)).toBe(false);
    expect(canExportPatientData(owner, staff)).toBe(false);
    expect(canExportPatientData(owner, owner)).toBe(false);
  });
});

describe('closure requests', () => {
  it('are asked for by patients only', () => {
    expect(canRequestClosure(patient)).toBe(true);
    expect(canRequestClosure(staff)).toBe(false);
    expect(canRequestClosure(owner)).toBe(false);
  });
  it('are listed for owner and staff, never for a patient', () => {
    expect(canListClosureRequests(owner)).toBe(true);
    expect(canListClosureRequests(staff)).toBe(true);
    expect(canListClosureRequests(patient)).toBe(false);
  });
});

describe('closeAccountRefusal', () => {
  const open = { ...patient, closed: false, dependantCount: 0 };
  it('lets the owner close a patient’s open account', () => {
    expect(closeAccountRefusal(owner, open)).toBeNull();
  });
  it('refuses anyone but the owner, the patient included', () => {
    expect(closeAccountRefusal(staff, open)).toBe('forbidden');
    expect(closeAccountRefusal(patient, open)).toBe('forbidden');
  });
  it('never closes the owner’s or a staff member’s account', () => {
    expect(closeAccountRefusal(owner, { ...owner, closed: false, dependantCount: 0 })).toBe(
      'not_a_patient',
    );
    expect(closeAccountRefusal(owner, { ...staff, closed: false, dependantCount: 0 })).toBe(
      'not_a_patient',
    );
  });
  it('refuses an account closed already', () => {
    expect(closeAccountRefusal(owner, { ...patient, closed: true, dependantCount: 0 })).toBe(
      'already_closed',
    );
  });
  it('keeps a guardian’s account open while they book for dependants', () => {
    expect(closeAccountRefusal(owner, { ...open, dependantCount: 1 })).toBe('has_dependants');
  });
});

describe('canChangeAccount', () => {
  it('lets an open account be changed and refuses a closed one', () => {
    expect(canChangeAccount({ closed: false })).toBe(true);
    expect(canChangeAccount({ closed: true })).toBe(false);
  });
});

describe('anonymisedAccount', () => {
  it('keeps only a label with the id and clears everything that describes the person', () => {
    expect(anonymisedAccount(123)).toEqual({
      name: 'Former patient #123',
      email: null,
      pendingEmail: null,
      phone: '',
      phoneDigits: '',
      phoneE164: null,
      dateOfBirth: null,
      contactChannel: null,
      medicalAlerts: [],
      notes: '',
      language: null,
      passwordHash: null,
      isActive: false,
      guardianId: null,
    });
    expect(anonymisedPatientName(7)).toBe('Former patient #7');
  });
});

describe('erasedAuditChanges', () => {
  it('keeps which fields changed but erases the values that describe the person', () => {
    expect(
      erasedAuditChanges({
        name: ['Ana', 'Ana Lima'],
        email: [null, 'ana@example.com'],
        medical_alerts: [null, ['Penicillin']],
        notes: [null, 'changed'],
        is_active: [true, false],
        role: [null, 'patient'],
      }),
    ).toEqual({
      name: [null, ERASED],
      email: [null, ERASED],
      medical_alerts: [null, ERASED],
      notes: [null, ERASED],
      is_active: [true, false],
      role: [null, 'patient'],
    });
  });
  it('leaves an entry without changes empty', () => {
    expect(erasedAuditChanges({})).toEqual({});
  });
});
