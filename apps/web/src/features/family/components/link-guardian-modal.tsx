import { Alert, Loader, Modal, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../components/ui/form-actions';
import { describeError } from '../../../lib/api-error';
import { notifySuccess } from '../../../lib/notify';
import type { User } from '../../../types/api';
import { useUpdateUser, useUsers } from '../../users';

interface LinkGuardianModalProps {
  patient: User;
  onClose: () => void;
  onLinked: (patient: User) => void;
}

const RESULTS = 20;

/** The team makes a patient the dependant of another, searched by name, email or phone. */
export function LinkGuardianModal({ patient, onClose, onLinked }: LinkGuardianModalProps) {
  const { t } = useTranslation('family');
  const updateUser = useUpdateUser();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<User | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const isShowingChoice = chosen !== null && search === chosen.name;
  const [debounced] = useDebouncedValue(isShowingChoice ? '' : search.trim(), 300);
  const found = useUsers({
    role: 'patient',
    isActive: true,
    search: debounced,
    page: 1,
    pageSize: RESULTS,
  });
  // Only patients who can be guardians are offered: not the person, not a dependant.
  const candidates = (found.data?.results ?? []).filter(
    (user) => user.id !== patient.id && user.guardian === null,
  );
  const options =
    chosen && !candidates.some((user) => user.id === chosen.id)
      ? [chosen, ...candidates]
      : candidates;

  const link = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) {
      setRefusal(t('link.chooseFirst'));
      return;
    }
    setRefusal(null);
    updateUser.mutate(
      { id: patient.id, input: { guardian: chosen.id } },
      {
        onSuccess: (saved) => {
          notifySuccess(t('link.done', { name: saved.name, guardian: chosen.name }));
          onLinked({ ...saved, guardianName: chosen.name });
        },
        onError: (error) => setRefusal(describeError(error)),
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={t('link.title', { name: patient.name })}>
      <form noValidate onSubmit={link}>
        <Stack>
          <Text size="sm">{t('link.explanation')}</Text>
          <Select
            data-autofocus
            label={t('link.guardian')}
            placeholder={t('link.placeholder')}
            searchable
            openOnFocus={false}
            searchValue={search}
            onSearchChange={setSearch}
            filter={({ options: all }) => all}
            data={options.map((user) => ({
              value: String(user.id),
              label: user.email ? `${user.name} (${user.email})` : user.name,
            }))}
            value={chosen ? String(chosen.id) : null}
            onChange={(next) => setChosen(options.find((u) => String(u.id) === next) ?? null)}
            nothingFoundMessage={
              found.isFetching
                ? t('link.searching')
                : found.isError
                  ? t('link.searchFailed')
                  : t('link.noResults')
            }
            rightSection={found.isFetching ? <Loader size="xs" aria-hidden /> : undefined}
          />
          {refusal ? (
            <Alert color="orange" role="alert" title={t('link.error')}>
              {refusal}
            </Alert>
          ) : null}
          <FormActions
            submitLabel={t('link.submit')}
            isPending={updateUser.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
