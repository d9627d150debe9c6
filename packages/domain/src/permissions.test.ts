import { describe, expect, it } from 'vitest';
import {
  canAssignRole,
  canCreateUsers,
  canHandOverDentistVisits,
  canListUsers,
  canManageClinic,
  canManageSchedule,
  canManageServices,
  canOpenPatientRecord,
  canOverrideAvailability,
  canReadAuditLog,
  canReadReports,
  canRecordScheduleException,
  canSeeAlertsOnAppointments,
  canSeeInactiveServices,
  canViewAppointment,
  canViewSchedule,
  canViewUser,
  creatableRoles,
  editableUserFields,
  readablePatientFields,
} from './permissions.ts';

const owner = { id: 1, role: 'owner' } as const;
const staff = { id: 2, role: 'staff' } as const;
const otherStaff = { id: 3, role: 'staff' } as const;
const patient = { id: 4, role: 'patient' } as const;
const otherPatient = { id: 5, role: 'patient' } as const;

describe('creatableRoles', () => {
  it('lets the owner create staff and patients but never another owner', () => {
    expect(creatableRoles(owner)).toEqual(['staff', 'patient']);
  });
  it('lets staff register patients only', () => {
    expect(creatableRoles(staff)).toEqual(['patient']);
  });
  it('lets a patient create nobody', () => {
    expect(creatableRoles(patient)).toEqual([]);
  });
  it('refuses to assign the owner role to anyone', () => {
    expect(canAssignRole(owner, 'owner')).toBe(false);
  });
});

describe('canCreateUsers', () => {
  it('lets the owner and staff create accounts', () => {
    expect(canCreateUsers(owner)).toBe(true);
    expect(canCreateUsers(staff)).toBe(true);
  });
  it('refuses a patient', () => {
    expect(canCreateUsers(patient)).toBe(false);
  });
});

describe('viewing users', () => {
  it('lets the clinic team list and view everyone', () => {
    expect(canListUsers(owner)).toBe(true);
    expect(canListUsers(staff)).toBe(true);
    expect(canViewUser(staff, otherPatient)).toBe(true);
  });
  it('lets a patient view only themselves and list nobody', () => {
    expect(canListUsers(patient)).toBe(false);
    expect(canViewUser(patient, patient)).toBe(true);
    expect(canViewUser(patient, otherPatient)).toBe(false);
    expect(canViewUser(patient, staff)).toBe(false);
  });
});

describe('editableUserFields', () => {
  it('lets the owner edit every field of staff', () => {
    expect(editableUserFields(owner, staff)).toContain('isActive');
    expect(editableUserFields(owner, staff)).toContain('role');
  });
  it('leaves a language to the person whose account it is', () => {
    expect(editableUserFields(owner, owner)).toContain('language');
    expect(editableUserFields(owner, staff)).not.toContain('language');
    expect(editableUserFields(staff, patient)).not.toContain('language');
  });
  it('leaves a dentist’s colour to the owner', () => {
    expect(editableUserFields(owner, staff)).toContain('colour');
    expect(editableUserFields(owner, owner)).toContain('colour');
    expect(editableUserFields(staff, staff)).not.toContain('colour');
    expect(editableUserFields(staff, otherStaff)).not.toContain('colour');
    expect(editableUserFields(staff, patient)).not.toContain('colour');
  });
  it('lets only the owner hand a dentist’s visits over at once', () => {
    expect(canHandOverDentistVisits(owner)).toBe(true);
    expect(canHandOverDentistVisits(staff)).toBe(false);
    expect(canHandOverDentistVisits(patient)).toBe(false);
  });
  it('keeps the owner from deactivating or demoting themselves', () => {
    const fields = editableUserFields(owner, owner);
    expect(fields).not.toContain('isActive');
    expect(fields).not.toContain('role');
    expect(fields).toContain('isDentist');
  });
  it('lets staff edit patients but not promote them or mark them dentists', () => {
    const fields = editableUserFields(staff, patient);
    expect(fields).toContain('email');
    expect(fields).toContain('isActive');
    expect(fields).not.toContain('role');
    expect(fields).not.toContain('isDentist');
  });
  it('lets staff edit only their own name, phone, password and language among the team', () => {
    expect(editableUserFields(staff, staff)).toEqual(['name', 'phone', 'password', 'language']);
    expect(editableUserFields(staff, otherStaff)).toEqual([]);
    expect(editableUserFields(staff, owner)).toEqual([]);
  });
  it('lets a patient edit only their own name, phone, password, language and email', () => {
    expect(editableUserFields(patient, patient)).toEqual([
      'name',
      'phone',
      'password',
      'language',
      'email',
    ]);
    expect(editableUserFields(patient, otherPatient)).toEqual([]);
  });
});

describe('canManageServices', () => {
  it('is the owner alone', () => {
    expect(canManageServices(owner)).toBe(true);
    expect(canManageServices(staff)).toBe(false);
    expect(canManageServices(patient)).toBe(false);
  });
});

describe('canSeeInactiveServices', () => {
  it('shows retired services to the clinic team only', () => {
    expect(canSeeInactiveServices(owner)).toBe(true);
    expect(canSeeInactiveServices(staff)).toBe(true);
    expect(canSeeInactiveServices(patient)).toBe(false);
  });
});

describe('canManageClinic', () => {
  it('is the owner alone', () => {
    expect(canManageClinic(owner)).toBe(true);
    expect(canManageClinic(staff)).toBe(false);
    expect(canManageClinic(patient)).toBe(false);
  });
});

describe('canReadAuditLog', () => {
  it('lets only the owner read the clinic-wide audit log', () => {
    expect(canReadAuditLog(owner)).toBe(true);
    expect(canReadAuditLog(staff)).toBe(false);
    expect(canReadAuditLog(patient)).toBe(false);
  });
});

describe('canReadReports', () => {
  it('lets only the owner read reports', () => {
    expect(canReadReports(owner)).toBe(true);
    expect(canReadReports(staff)).toBe(false);
    expect(canReadReports(patient)).toBe(false);
  });
});

describe('schedule permissions', () => {
  it('lets only the owner set working hours, closures and extra hours', () => {
    expect(canManageSchedule(owner)).toBe(true);
    expect(canManageSchedule(staff)).toBe(false);
    expect(canManageSchedule(patient)).toBe(false);
    expect(canRecordScheduleException(staff, 'closure')).toBe(false);
    expect(canRecordScheduleException(staff, 'extra_hours')).toBe(false);
    expect(canRecordScheduleException(owner, 'closure')).toBe(true);
    expect(canRecordScheduleException(owner, 'extra_hours')).toBe(true);
  });

  it('lets staff record time off but not patients', () => {
    expect(canRecordScheduleException(staff, 'time_off')).toBe(true);
    expect(canRecordScheduleException(owner, 'time_off')).toBe(true);
    expect(canRecordScheduleException(patient, 'time_off')).toBe(false);
  });

  it('shows the schedule to the team only', () => {
    expect(canViewSchedule(owner)).toBe(true);
    expect(canViewSchedule(staff)).toBe(true);
    expect(canViewSchedule(patient)).toBe(false);
  });

  it('lets the team book outside the free times, never a patient', () => {
    expect(canOverrideAvailability(owner)).toBe(true);
    expect(canOverrideAvailability(staff)).toBe(true);
    expect(canOverrideAvailability(patient)).toBe(false);
  });
});

describe('a patient’s record', () => {
  const recordFields = ['dateOfBirth', 'contactChannel', 'medicalAlerts', 'notes'];

  it('is kept by the team: owner and staff edit every field of a patient’s record', () => {
    expect(editableUserFields(owner, patient)).toEqual(expect.arrayContaining(recordFields));
    expect(editableUserFields(staff, patient)).toEqual(expect.arrayContaining(recordFields));
  });

  it('exists for patients only, and a patient never edits it, not even their own', () => {
    for (const field of recordFields) {
      expect(editableUserFields(owner, staff)).not.toContain(field);
      expect(editableUserFields(patient, patient)).not.toContain(field);
    }
  });

  it('is read whole by the team and by its patient, notes included, and by no other patient', () => {
    expect(readablePatientFields(owner, patient)).toEqual(recordFields);
    expect(readablePatientFields(staff, patient)).toEqual(recordFields);
    expect(readablePatientFields(patient, patient)).toEqual(recordFields);
    expect(readablePatientFields(otherPatient, patient)).toEqual([]);
    expect(readablePatientFields(owner, staff)).toEqual([]);
  });

  it('opens as a page for the team only, and only for patients', () => {
    expect(canOpenPatientRecord(owner, patient)).toBe(true);
    expect(canOpenPatientRecord(staff, patient)).toBe(true);
    expect(canOpenPatientRecord(patient, patient)).toBe(false);
    expect(canOpenPatientRecord(staff, otherStaff)).toBe(false);
  });

  it('puts medical alerts on appointments for the team, never for patients', () => {
    expect(canSeeAlertsOnAppointments(owner)).toBe(true);
    expect(canSeeAlertsOnAppointments(staff)).toBe(true);
    expect(canSeeAlertsOnAppointments(patient)).toBe(false);
  });
});

describe('a guardian and their dependants', () => {
  const child = { id: 40, role: 'patient', guardianId: patient.id } as const;

  it('lets the guardian see and edit the name, phone and birth date of their dependant only', () => {
    expect(canViewUser(patient, child)).toBe(true);
    expect(editableUserFields(patient, child)).toEqual(['name', 'phone', 'dateOfBirth']);
    expect(canViewUser(otherPatient, child)).toBe(false);
    expect(editableUserFields(otherPatient, child)).toEqual([]);
  });

  it('lets no dependant see or edit their guardian', () => {
    expect(canViewUser({ id: child.id, role: 'patient' }, patient)).toBe(false);
    expect(editableUserFields({ id: child.id, role: 'patient' }, patient)).toEqual([]);
  });

  it('lets the guardian read the record fields the patient would, never the team’s notes', () => {
    expect(readablePatientFields(patient, child)).toEqual([
      'dateOfBirth',
      'contactChannel',
      'medicalAlerts',
    ]);
    expect(readablePatientFields(otherPatient, child)).toEqual([]);
  });

  it('shows a dependant’s visits to their guardian only', () => {
    const visit = { patientId: child.id, patientGuardianId: patient.id };
    expect(canViewAppointment(patient, visit)).toBe(true);
    expect(canViewAppointment(otherPatient, visit)).toBe(false);
    expect(canViewAppointment(staff, visit)).toBe(true);
  });

  it('lets owner and staff link a patient to a guardian', () => {
    expect(editableUserFields(owner, patient)).toContain('guardian');
    expect(editableUserFields(staff, patient)).toContain('guardian');
    expect(editableUserFields(owner, staff)).not.toContain('guardian');
  });
});
