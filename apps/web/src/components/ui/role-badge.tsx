import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../types/api';

const roleColor: Record<Role, string> = {
  owner: 'grape',
  staff: 'blue',
  patient: 'teal',
};

export function RoleBadge({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={roleColor[role]}>
      {t(`roles.${role}`)}
    </Badge>
  );
}
