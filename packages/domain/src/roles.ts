export const ROLES = ['owner', 'staff', 'patient'] as const;
export type Role = (typeof ROLES)[number];

export function isClinicTeam(role: Role): boolean {
  return role === 'owner' || role === 'staff';
}
