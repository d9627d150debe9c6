import type { UserWire } from '@clinic/contract';
import type { PatientField } from '@clinic/domain';
import { isoInstant } from '../../lib/iso-instant.ts';
import type { User } from './users.model.ts';

/**
 * The account as the API shows it, with the fields of the patient's record `readable` allows
 * (see readablePatientFields): none unless the caller was allowed them.
 */
export function toUserWire(user: User, readable: readonly PatientField[] = []): UserWire {
  const wire: UserWire = {
    id: user.id,
    email: user.email,
    name: user.name,
    phone: user.phone,
    role: user.role,
    is_dentist: user.isDentist,
    is_active: user.isActive,
    language: user.language,
    colour: user.isDentist ? user.colour : null,
    email_verified: user.emailVerified,
    pending_email: user.pendingEmail,
    created_at: isoInstant(user.createdAt),
    guardian: user.guardianId,
  };
  if (user.guardianName !== undefined) wire.guardian_name = user.guardianName;
  const record = user.record;
  if (!record) return wire;
  if (readable.includes('dateOfBirth')) wire.date_of_birth = record.dateOfBirth;
  if (readable.includes('contactChannel')) wire.contact_channel = record.contactChannel;
  if (readable.includes('medicalAlerts')) wire.medical_alerts = record.medicalAlerts;
  if (readable.includes('notes')) wire.notes = record.notes;
  return wire;
}

/**
 * What the audit log keeps of an account: its wire fields but the id and creation time, and
 * of a patient's record the date of birth, channel and alerts (who removed an allergy must
 * show). The notes are free text that can run long: the log says only that they changed (see
 * users.service). Empty record fields are left out, as null is, so creating an account lists
 * only what was given.
 */
export function auditedUserFields(user: User): Record<string, unknown> {
  const readable = user.role === 'patient' ? AUDITED_RECORD_FIELDS : [];
  const {
    id: _id,
    created_at: _createdAt,
    guardian_name: _guardianName,
    notes: _notes,
    medical_alerts: alerts,
    // Confirmation is the address's state, not a change anyone made: the address itself is
    // logged when a confirmed one replaces it.
    email_verified: _emailVerified,
    pending_email: _pendingEmail,
    ...fields
  } = toUserWire(user, readable);
  return alerts?.length ? { ...fields, medical_alerts: alerts } : fields;
}

const AUDITED_RECORD_FIELDS: readonly PatientField[] = [
  'dateOfBirth',
  'contactChannel',
  'medicalAlerts',
];
