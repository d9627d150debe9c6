import { Badge } from '@mantine/core';
import type { Role } from '../../types/api';

const roleStyle: Record<Role, { label: string; color: string }> = {
  owner: { label: 'Owner', color: 'grape' },
  staff: { label: 'Staff', color: 'blue' },
  patient: { label: 'Patient', color: 'teal' },
};

export function RoleBadge({ role }: { role: Role }) {
  const { label, color } = roleStyle[role];
  return (
    <Badge variant="light" color={color}>
      {label}
    </Badge>
  );
}
