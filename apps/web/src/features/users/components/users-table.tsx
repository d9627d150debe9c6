import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ActiveBadge } from '../../../components/ui/active-badge';
import type { DataColumn } from '../../../components/ui/data-columns';
import { DentistBadge } from '../../../components/ui/dentist-badge';
import { ResponsiveTable } from '../../../components/ui/responsive-table';
import { RoleBadge } from '../../../components/ui/role-badge';
import type { User } from '../../../types/api';

interface UsersTableProps {
  users: User[];
  onEdit: (user: User) => void;
  showRole?: boolean;
}

/** People as a table, or as cards on a phone. */
export function UsersTable({ users, onEdit, showRole = false }: UsersTableProps) {
  const { t } = useTranslation(['users', 'common']);
  const columns: DataColumn<User>[] = [
    { key: 'name', header: t('table.name'), card: 'title', cell: (user) => user.name },
    {
      key: 'email',
      header: t('table.email'),
      cell: (user) => <span style={{ overflowWrap: 'anywhere' }}>{user.email}</span>,
    },
    {
      key: 'phone',
      header: t('table.phone'),
      cell: (user) =>
        user.phone ? (
          user.phone
        ) : (
          <Text span size="sm" c="dimmed">
            {t('table.notGiven')}
          </Text>
        ),
    },
    ...(showRole
      ? [
          {
            key: 'role',
            header: t('table.role'),
            card: 'badge',
            cell: (user) => (
              <Group gap={6} wrap="nowrap">
                <RoleBadge role={user.role} />
                {user.isDentist ? <DentistBadge /> : null}
              </Group>
            ),
          } satisfies DataColumn<User>,
        ]
      : []),
    {
      key: 'status',
      header: t('table.status'),
      card: 'badge',
      cell: (user) => <ActiveBadge isActive={user.isActive} />,
    },
    {
      key: 'actions',
      header: t('table.actions'),
      hideHeader: true,
      card: 'actions',
      cell: (user) => (
        <Button
          size="xs"
          variant="subtle"
          aria-label={t('table.editLabel', { name: user.name })}
          onClick={() => onEdit(user)}
        >
          {t('common:actions.edit')}
        </Button>
      ),
    },
  ];
  return (
    <ResponsiveTable
      columns={columns}
      rows={users}
      rowKey={(user) => user.id}
      rowLabel={(user) => user.name}
      minWidth={showRole ? 760 : 640}
    />
  );
}
