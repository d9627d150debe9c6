import { Anchor, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ActiveBadge } from '../../../components/ui/active-badge';
import { DentistBadge } from '../../../components/ui/dentist-badge';
import { MedicalAlertBadge } from '../../../components/ui/medical-alert-badge';
import { RoleBadge } from '../../../components/ui/role-badge';
import type { User } from '../../../types/api';

interface UsersTableProps {
  users: User[];
  onEdit: (user: User) => void;
  showRole?: boolean;
  /** Where each person's record page is, when they have one: their name links there. */
  recordPath?: (user: User) => string;
}

export function UsersTable({ users, onEdit, showRole = false, recordPath }: UsersTableProps) {
  const { t } = useTranslation(['users', 'common']);
  return (
    <Table.ScrollContainer minWidth={showRole ? 760 : 640}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('table.name')}</Table.Th>
            <Table.Th>{t('table.email')}</Table.Th>
            <Table.Th>{t('table.phone')}</Table.Th>
            {showRole ? <Table.Th>{t('table.role')}</Table.Th> : null}
            <Table.Th>{t('table.status')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('table.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  {recordPath ? (
                    <Anchor component={Link} to={recordPath(user)} fw={500}>
                      {user.name}
                    </Anchor>
                  ) : (
                    user.name
                  )}
                  <MedicalAlertBadge alerts={user.medicalAlerts} />
                </Group>
              </Table.Td>
              <Table.Td>
                {user.email || (
                  <Text span size="sm" c="dimmed">
                    {t('table.notGiven')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {user.phone ? (
                  user.phone
                ) : (
                  <Text span size="sm" c="dimmed">
                    {t('table.notGiven')}
                  </Text>
                )}
              </Table.Td>
              {showRole ? (
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <RoleBadge role={user.role} />
                    {user.isDentist ? <DentistBadge /> : null}
                  </Group>
                </Table.Td>
              ) : null}
              <Table.Td>
                <ActiveBadge isActive={user.isActive} />
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="subtle"
                  aria-label={t('table.editLabel', { name: user.name })}
                  onClick={() => onEdit(user)}
                >
                  {t('common:actions.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
