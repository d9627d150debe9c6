import { Anchor, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ActiveBadge } from '../../../components/ui/active-badge';
import type { DataColumn } from '../../../components/ui/data-columns';
import { DentistBadge } from '../../../components/ui/dentist-badge';
import { FamilyMark } from '../../../components/ui/family-mark';
import { MedicalAlertBadge } from '../../../components/ui/medical-alert-badge';
import { ResponsiveTable } from '../../../components/ui/responsive-table';
import { RoleBadge } from '../../../components/ui/role-badge';
import { UnconfirmedEmailBadge } from '../../../components/ui/unconfirmed-email-badge';
import type { User } from '../../../types/api';

interface UsersTableProps {
  users: User[];
  onEdit: (user: User) => void;
  showRole?: boolean;
  /** Where each person's record page is, when they have one: their name links there. */
  recordPath?: (user: User) => string;
}

/** People as a table, or as cards on a phone. */
export function UsersTable({ users, onEdit, showRole = false, recordPath }: UsersTableProps) {
  const { t } = useTranslation(['users', 'common']);
  const columns: DataColumn<User>[] = [
    {
      key: 'name',
      header: t('table.name'),
      card: 'title',
      cell: (user) => (
        <Group gap={6} wrap="nowrap">
          {recordPath ? (
            <Anchor component={Link} to={recordPath(user)} fw={500}>
              {user.name}
            </Anchor>
          ) : (
            user.name
          )}
          <MedicalAlertBadge alerts={user.medicalAlerts} />
          <FamilyMark name={user.guardianName} wording="dependantOf" />
        </Group>
      ),
    },
    {
      key: 'email',
      header: t('table.email'),
      cell: (user) =>
        user.email ? (
          <span style={{ overflowWrap: 'anywhere' }}>
            {user.email}
            <UnconfirmedEmailBadge user={user} />
          </span>
        ) : (
          <Text span size="sm" c="dimmed">
            {t('table.notGiven')}
          </Text>
        ),
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
