import type { ContactChannel, DentistColour, Language, Role } from '@clinic/domain';
import type { UserRow } from '../../db/schema.ts';

/** A patient's record beside their account: health data and how to reach them. */
export interface PatientRecord {
  dateOfBirth: string | null;
  contactChannel: ContactChannel | null;
  medicalAlerts: string[];
  notes: string;
}

export interface User {
  id: number;
  /** '' for a patient registered with a phone number only: they cannot sign in. */
  email: string;
  name: string;
  phone: string;
  role: Role;
  isDentist: boolean;
  isActive: boolean;
  /** Null until the person chooses one. */
  language: Language | null;
  /** Stored colour; kept when someone stops being a dentist, shown only while they are one. */
  colour: DentistColour | null;
  /** Whether the address was confirmed (or vouched for by the clinic); see migration 017. */
  emailVerified: boolean;
  /** A new address waiting for confirmation; the old one still signs in meanwhile. */
  pendingEmail: string | null;
  createdAt: number;
  /** For a dependant, the patient who books for them (decision 039); else null. */
  guardianId: number | null;
  /** The guardian's name, where it is shown. */
  guardianName?: string | null;
  /** Loaded where it is shown or changed; the session's user goes without it. */
  record?: PatientRecord;
  /** Whether the account was closed and the person anonymised; loaded with the record. */
  closed?: boolean;
}

type RecordColumns = 'dateOfBirth' | 'contactChannel' | 'medicalAlerts' | 'notes';
type AccountRow = Omit<
  UserRow,
  'passwordHash' | 'updatedAt' | 'phoneDigits' | 'phoneE164' | 'closedAt' | RecordColumns
>;

export function toUser(row: AccountRow & Partial<Pick<UserRow, RecordColumns | 'closedAt'>>): User {
  const user: User = {
    id: row.id,
    email: row.email ?? '',
    name: row.name,
    phone: row.phone,
    role: row.role,
    isDentist: row.isDentist === 1,
    isActive: row.isActive === 1,
    language: row.language,
    colour: row.colour,
    emailVerified: row.emailVerifiedAt !== null,
    pendingEmail: row.pendingEmail,
    createdAt: row.createdAt,
    guardianId: row.guardianId,
  };
  if (row.closedAt !== undefined) user.closed = row.closedAt !== null;
  if (row.medicalAlerts !== undefined) {
    user.record = {
      dateOfBirth: row.dateOfBirth ?? null,
      contactChannel: row.contactChannel ?? null,
      medicalAlerts: JSON.parse(row.medicalAlerts) as string[],
      notes: row.notes ?? '',
    };
  }
  return user;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The email as stored: lower-cased, and null for none, so many patients may go without. */
export function storedEmail(email: string | undefined): string | null {
  const normalized = normalizeEmail(email ?? '');
  return normalized === '' ? null : normalized;
}
