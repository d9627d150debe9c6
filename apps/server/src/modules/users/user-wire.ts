import type { UserWire } from '@clinic/contract';
import { isoInstant } from '../../lib/iso-instant.ts';
import type { User } from './users.model.ts';

export function toUserWire(user: User): UserWire {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    phone: user.phone,
    role: user.role,
    is_dentist: user.isDentist,
    is_active: user.isActive,
    language: user.language,
    colour: user.isDentist ? user.colour : null,
    created_at: isoInstant(user.createdAt),
  };
}

/** What the audit log keeps of an account: its wire fields but the id and creation time. */
export function auditedUserFields(user: User): Record<string, unknown> {
  const { id: _id, created_at: _createdAt, ...fields } = toUserWire(user);
  return fields;
}
