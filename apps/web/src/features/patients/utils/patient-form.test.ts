import { describe, expect, it } from 'vitest';
import type { User } from '../../../types/api';
import { patientChanges, patientFormValues } from './patient-form';

const patient: User = {
  id: 7,
  email: '',
  name: 'Rosa Pires',
  phone: '912 345 678',
  role: 'patient',
  isDentist: false,
  isActive: true,
  colour: null,
  language: null,
  emailVerified: true,
  pendingEmail: null,
  createdAt: '2026-11-25T10:00:00.000Z',
  guardian: null,
  dateOfBirth: null,
  contactChannel: 'phone',
  medicalAlerts: ['Pacemaker'],
  notes: '',
};

describe('the patient form', () => {
  it('starts from the record, with empty text where the record holds nothing', () => {
    expect(patientFormValues(patient)).toEqual({
      name: 'Rosa Pires',
      email: '',
      phone: '912 345 678',
      dateOfBirth: '',
      contactChannel: 'phone',
      medicalAlerts: ['Pacemaker'],
      notes: '',
    });
  });

  it('sends only what changed, cleared fields as null', () => {
    const before = patientFormValues(patient);
    expect(patientChanges(before, before)).toEqual({});
    expect(
      patientChanges(before, {
        ...before,
        name: ' Rosa M. Pires ',
        contactChannel: '',
        dateOfBirth: '1950-03-14',
        medicalAlerts: ['Pacemaker', 'Anticoagulants'],
      }),
    ).toEqual({
      name: 'Rosa M. Pires',
      contactChannel: null,
      dateOfBirth: '1950-03-14',
      medicalAlerts: ['Pacemaker', 'Anticoagulants'],
    });
  });

  it('adds an email but never sends an empty one', () => {
    const before = patientFormValues(patient);
    expect(patientChanges(before, { ...before, email: ' rosa@example.com ' })).toEqual({
      email: 'rosa@example.com',
    });
    const withEmail = patientFormValues({ ...patient, email: 'rosa@example.com' });
    expect(patientChanges(withEmail, { ...withEmail, email: '' })).toEqual({});
  });
});
