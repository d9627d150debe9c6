import type { DentistColour, Language, Role } from '@clinic/domain';
import type { UserRow } from '../../db/schema.ts';

export interface User {
  id: number;
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
  createdAt: number;
}

export function toUser(row: Omit<UserRow, 'passwordHash' | 'updatedAt'>): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    phone: row.phone,
    role: row.role,
    isDentist: row.isDentist === 1,
    isActive: row.isActive === 1,
    language: row.language,
    colour: row.colour,
    createdAt: row.createdAt,
  };
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
