import { Button, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { QueryError } from '../../../components/ui/query-error';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import type { User } from '../../../types/api';
import { useTeam } from '../hooks/use-team';
import { CreateUserModal } from './create-user-modal';
import { EditUserModal } from './edit-user-modal';
import { UsersTable } from './users-table';

/** The owner's team: the owner account(s) first, then staff. */
export function StaffDirectory({ actor }: { actor: User }) {
  const { t } = useTranslation('users');
  const { members: team, error: failed, refetch } = useTeam();
  const [isCreateOpen, createModal] = useDisclosure(false);
  const [editing, setEditing] = useState<User | null>(null);

  let content: ReactNode;
  if (failed) {
    content = <QueryError title={t('staff.loadError')} error={failed} onRetry={refetch} />;
  } else if (!team) {
    content = <TableSkeleton />;
  } else if (team.length === 0) {
    content = <EmptyState title={t('staff.empty')} />;
  } else {
    content = <UsersTable users={team} onEdit={setEditing} showRole />;
  }

  return (
    <Stack>
      <Group justify="flex-end">
        <Button onClick={createModal.open}>{t('staff.add')}</Button>
      </Group>
      {content}
      <CreateUserModal accountRole="staff" opened={isCreateOpen} onClose={createModal.close} />
      {editing ? (
        <EditUserModal user={editing} actor={actor} onClose={() => setEditing(null)} />
      ) : null}
    </Stack>
  );
}
