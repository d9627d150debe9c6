import { Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/ui/query-error';
import { formatLongDate } from '../../../lib/dates';
import type { User } from '../../../types/api';
import { printableExportUrl } from '../../patient-data';
import { useDependants } from '../api/dependants';
import { DependantFormModal } from './dependant-form-modal';

/**
 * The patient's family on their profile: the people they book for (children, a parent they
 * care for), each without a sign-in of their own.
 */
export function FamilySection() {
  const { t } = useTranslation('family');
  const dependants = useDependants();
  // undefined: closed; null: adding; a person: editing them.
  const [editing, setEditing] = useState<User | null | undefined>(undefined);

  let body: ReactNode;
  if (dependants.error) {
    body = (
      <QueryError
        title={t('section.loadError')}
        error={dependants.error}
        onRetry={() => void dependants.refetch()}
      />
    );
  } else if (!dependants.data) {
    body = (
      <Stack gap="xs" role="status" aria-label={t('section.loading')}>
        <Skeleton height={20} />
        <Skeleton height={20} />
      </Stack>
    );
  } else if (dependants.data.length === 0) {
    body = (
      <Text size="sm" c="dimmed">
        {t('section.empty')}
      </Text>
    );
  } else {
    body = (
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {dependants.data.map((person) => (
          <Group key={person.id} component="li" justify="space-between" wrap="nowrap">
            <div>
              <Text fw={500}>{person.name}</Text>
              <Text size="sm" c="dimmed">
                {person.dateOfBirth
                  ? t('section.born', { date: formatLongDate(person.dateOfBirth) })
                  : null}
                {person.phone ? ` · ${person.phone}` : null}
              </Text>
            </div>
            <Group gap="xs" wrap="nowrap">
              <Button
                component="a"
                href={printableExportUrl(person.id)}
                target="_blank"
                rel="noopener"
                variant="subtle"
                size="xs"
                aria-label={t('section.dataOf', { name: person.name })}
              >
                {t('section.data')}
              </Button>
              <Button
                variant="default"
                size="xs"
                onClick={() => setEditing(person)}
                aria-label={t('section.editOne', { name: person.name })}
              >
                {t('section.edit')}
              </Button>
            </Group>
          </Group>
        ))}
      </Stack>
    );
  }

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="family-title">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="family-title">
          {t('section.title')}
        </Title>
        <Button size="xs" onClick={() => setEditing(null)}>
          {t('section.add')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {t('section.explanation')}
      </Text>
      {body}
      {editing !== undefined ? (
        <DependantFormModal
          dependant={editing ?? undefined}
          onClose={() => setEditing(undefined)}
        />
      ) : null}
    </Paper>
  );
}
