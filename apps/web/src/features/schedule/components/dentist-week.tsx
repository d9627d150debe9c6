import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ui/confirm-modal';
import { QueryError } from '../../../components/ui/query-error';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import { formatLongDate } from '../../../lib/dates';
import { notifyError, notifySuccess } from '../../../lib/notify';
import type { Clinic } from '../../../types/api';
import type { WorkingHours } from '../api/types';
import { useDeleteWorkingHours, useWorkingHours } from '../api/working-hours';
import { patternOn, weekFromOpeningHours } from '../utils/weekly-pattern';
import { PatternEditorModal } from './pattern-editor-modal';
import { PatternsList, validFromLabel } from './patterns-list';
import { WeeklyView } from './weekly-view';

interface DentistWeekProps {
  dentist: { id: number; name: string };
  clinic: Clinic;
  today: string;
}

type Dialog =
  | { kind: 'edit'; pattern: WorkingHours | null }
  | { kind: 'delete'; pattern: WorkingHours };

/** A dentist's weekly patterns: the week in force (or another one picked), and their list. */
export function DentistWeek({ dentist, clinic, today }: DentistWeekProps) {
  const { t } = useTranslation(['schedule', 'common']);
  const patterns = useWorkingHours(dentist.id);
  const remove = useDeleteWorkingHours();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [shownId, setShownId] = useState<number | null>(null);

  if (patterns.error) {
    return (
      <QueryError
        title={t('patterns.loadError')}
        error={patterns.error}
        onRetry={() => void patterns.refetch()}
      />
    );
  }
  if (!patterns.data) return <TableSkeleton rows={3} />;

  const list = patterns.data;
  const current = patternOn(list, today);
  const shown = list.find((pattern) => pattern.id === shownId) ?? current;
  const openingWeek = weekFromOpeningHours(clinic.openingHours);
  // A new pattern starts from the one in force (or the opening hours), from today on.
  const start = {
    week: current?.days ?? openingWeek,
    validFrom: today,
    sinceAlways: list.length === 0,
  };

  // Without a pattern the week view itself says the opening hours apply.
  let heading: ReactNode = null;
  if (shown && shown.id === current?.id) heading = t('week.current');
  else if (shown?.validFrom) heading = t('week.from', { date: formatLongDate(shown.validFrom) });
  else if (shown) heading = t('week.sinceAlways');

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('week.title', { name: dentist.name })}
          </Title>
          <Button onClick={() => setDialog({ kind: 'edit', pattern: null })}>
            {t('patterns.add')}
          </Button>
        </Group>
        {heading ? (
          <Text size="sm" c="dimmed">
            {heading}
          </Text>
        ) : null}
        <WeeklyView
          dentistName={dentist.name}
          week={shown?.days ?? null}
          openingHours={clinic.openingHours}
        />
      </Stack>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('patterns.title')}
        </Title>
        {list.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('patterns.empty')}
          </Text>
        ) : (
          <PatternsList
            patterns={list}
            currentId={current?.id ?? null}
            onShow={(pattern) => setShownId(pattern.id)}
            onEdit={(pattern) => setDialog({ kind: 'edit', pattern })}
            onDelete={(pattern) => setDialog({ kind: 'delete', pattern })}
          />
        )}
      </Stack>
      {dialog?.kind === 'edit' ? (
        <PatternEditorModal
          dentist={dentist}
          pattern={dialog.pattern}
          start={start}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'delete' ? (
        <ConfirmModal
          opened
          title={t('patterns.deleteTitle')}
          message={t('patterns.deleteMessage', {
            from: validFromLabel(dialog.pattern) || t('patterns.sinceAlways'),
          })}
          confirmLabel={t('common:actions.delete')}
          isDanger
          isPending={remove.isPending}
          onClose={() => setDialog(null)}
          onConfirm={() =>
            remove.mutate(dialog.pattern.id, {
              onSuccess: () => {
                notifySuccess(t('patterns.deleted'));
                setDialog(null);
              },
              onError: (error) => notifyError(error, t('patterns.deleteError')),
            })
          }
        />
      ) : null}
    </Stack>
  );
}
