import type { ContactChannel } from '@clinic/domain';
import type { UpdateUserBody, User } from '../../../types/api';

/** The edit form's fields: text inputs hold '' where the record holds nothing. */
export interface PatientFormValues {
  name: string;
  email: string;
  phone: string;
  dateOfBirth: string;
  contactChannel: ContactChannel | '';
  medicalAlerts: string[];
  notes: string;
}

export function patientFormValues(patient: User): PatientFormValues {
  return {
    name: patient.name,
    email: patient.email,
    phone: patient.phone,
    dateOfBirth: patient.dateOfBirth ?? '',
    contactChannel: patient.contactChannel ?? '',
    medicalAlerts: [...(patient.medicalAlerts ?? [])],
    notes: patient.notes ?? '',
  };
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * Only what changed, so that saving never sends a field the person did not touch (an email
 * cannot be removed, only changed: an unchanged empty one is simply not sent).
 */
export function patientChanges(
  before: PatientFormValues,
  after: PatientFormValues,
): UpdateUserBody {
  const changes: UpdateUserBody = {};
  const name = after.name.trim();
  if (name !== before.name) changes.name = name;
  const email = after.email.trim();
  if (email !== before.email && email !== '') changes.email = email;
  const phone = after.phone.trim();
  if (phone !== before.phone) changes.phone = phone;
  if (after.dateOfBirth !== before.dateOfBirth) changes.dateOfBirth = after.dateOfBirth || null;
  if (after.contactChannel !== before.contactChannel) {
    changes.contactChannel = after.contactChannel || null;
  }
  if (!sameList(before.medicalAlerts, after.medicalAlerts)) {
    changes.medicalAlerts = after.medicalAlerts;
  }
  if (after.notes !== before.notes) changes.notes = after.notes;
  return changes;
}
