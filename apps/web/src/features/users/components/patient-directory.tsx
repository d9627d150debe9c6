import { Button, Group, Loader, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { PagingFooter } from '../../../components/ui/paging-footer';
import { QueryError } from '../../../components/ui/query-error';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import type { User } from '../../../types/api';
import { useUsers } from '../api/get-users';
import { CreateUserModal } from './create-user-modal';
import { EditUserModal } from './edit-user-modal';
import { UsersTable } from './users-table';

const PAGE_SIZE = 20;

/** Searchable, paged list of patients, shared by the owner's and the staff's areas. */
export function PatientDirectory({ actor }: { actor: User }) {
  const { t } = useTranslation('users');
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  // The page belongs to one search: a new search starts again at page 1.
  const [paging, setPaging] = useState({ search: '', page: 1 });
  const page = paging.search === debouncedSearch ? paging.page : 1;
  const [isCreateOpen, createModal] = useDisclosure(false);
  const [editing, setEditing] = useState<User | null>(null);

  const patients = useUsers({
    role: 'patient',
    search: debouncedSearch,
    page,
    pageSize: PAGE_SIZE,
  });

  let content: ReactNode;
  if (patients.error) {
    content = (
      <QueryError
        title={t('patients.loadError')}
        error={patients.error}
        onRetry={() => void patients.refetch()}
      />
    );
  } else if (!patients.data) {
    content = <TableSkeleton />;
  } else if (patients.data.results.length === 0) {
    content = debouncedSearch ? (
      <EmptyState
        title={t('patients.noMatchTitle')}
        description={t('patients.noMatchDescription', { search: debouncedSearch })}
      />
    ) : (
      <EmptyState
        title={t('patients.emptyTitle')}
        description={t('patients.emptyDescription')}
        action={<Button onClick={createModal.open}>{t('patients.register')}</Button>}
      />
    );
  } else {
    content = (
      <Stack>
        <UsersTable
          users={patients.data.results}
          onEdit={setEditing}
          recordPath={(patient) => `/${actor.role}/patients/${patient.id}`}
        />
        <PagingFooter
          page={page}
          pageSize={PAGE_SIZE}
          shown={patients.data.results.length}
          count={patients.data.count}
          onChange={(next) => setPaging({ search: debouncedSearch, page: next })}
        />
      </Stack>
    );
  }

  return (
    <Stack>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <TextInput
          label={t('patients.search')}
          placeholder={t('patients.searchPlaceholder')}
          type="search"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          rightSection={patients.isFetching && patients.data ? <Loader size="xs" /> : null}
          w={{ base: '100%', xs: 320 }}
        />
        <Button onClick={createModal.open}>{t('patients.register')}</Button>
      </Group>
      {content}
      <CreateUserModal accountRole="patient" opened={isCreateOpen} onClose={createModal.close} />
      {editing ? (
        <EditUserModal user={editing} actor={actor} onClose={() => setEditing(null)} />
      ) : null}
    </Stack>
  );
}
