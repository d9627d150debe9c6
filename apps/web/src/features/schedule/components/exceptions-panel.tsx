import { Button, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ui/confirm-modal';
import { QueryError } from '../../../components/ui/query-error';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useDeleteScheduleException, useScheduleExceptions } from '../api/schedule-exceptions';
import type { ScheduleException, ScheduleExceptionKind } from '../api/types';
import { exceptionsFilter } from '../utils/exceptions-view';
import { formatDays } from '../utils/format';
import { saveErrorOutcome } from '../utils/save-error';
import { ExceptionFormModal } from './exception-form-modal';
import { ExceptionsList } from './exceptions-list';

type Dialog =
  | { kind: 'form'; exception: ScheduleException | null }
  | { kind: 'delete'; exception: ScheduleException };

interface ExceptionsPanelProps {
  kind: ScheduleExceptionKind;
  today: string;
  /** Whose exceptions; null lists every dentist's (or the clinic's closures). */
  dentist: number | null;
  /** To choose from when recording one for a dentist not fixed by the page. */
  dentists?: readonly { id: number; name: string }[] | undefined;
}

/**
 * Closures, time off or extra hours under way or coming up (or, looking back, past ones too),
 * with adding, editing and deleting.
 */
export function ExceptionsPanel({ kind, today, dentist, dentists }: ExceptionsPanelProps) {
  const { t } = useTranslation(['schedule', 'common']);
  const [showPast, setShowPast] = useState(false);
  const exceptions = useScheduleExceptions(exceptionsFilter(kind, dentist, today, showPast));
  const remove = useDeleteScheduleException();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const headingId = `schedule-${kind}-heading`;

  let content: ReactNode;
  if (exceptions.error) {
    content = (
      <QueryError
        title={t('exceptions.loadError')}
        error={exceptions.error}
        onRetry={() => void exceptions.refetch()}
      />
    );
  } else if (!exceptions.data) {
    content = <TableSkeleton rows={2} />;
  } else if (exceptions.data.length === 0) {
    content = (
      <Text size="sm" c="dimmed">
        {showPast ? t(`kinds.${kind}.emptyAll`) : t(`kinds.${kind}.empty`)}
      </Text>
    );
  } else {
    content = (
      <ExceptionsList
        exceptions={exceptions.data}
        today={today}
        showDentist={kind !== 'closure' && dentist === null}
        onEdit={(exception) => setDialog({ kind: 'form', exception })}
        onDelete={(exception) => setDialog({ kind: 'delete', exception })}
      />
    );
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Group justify="space-between">
        <Stack gap={0}>
          <Title order={2} size="h4" id={headingId}>
            {t(`kinds.${kind}.title`)}
          </Title>
          <Text size="sm" c="dimmed">
            {t(`kinds.${kind}.hint`)}
          </Text>
        </Stack>
        <Group gap="md">
          <Switch
            label={t(`kinds.${kind}.showPast`)}
            checked={showPast}
            onChange={(event) => setShowPast(event.currentTarget.checked)}
          />
          <Button variant="light" onClick={() => setDialog({ kind: 'form', exception: null })}>
            {t(`kinds.${kind}.add`)}
          </Button>
        </Group>
      </Group>
      {content}
      {dialog?.kind === 'form' ? (
        <ExceptionFormModal
          kind={kind}
          today={today}
          exception={dialog.exception}
          dentist={dentist}
          dentists={dentists}
          onClose={close}
        />
      ) : null}
      {dialog?.kind === 'delete' ? (
        <ConfirmModal
          opened
          title={t(`kinds.${kind}.deleteTitle`)}
          message={t('exceptions.deleteMessage', { days: formatDays(dialog.exception) })}
          confirmLabel={t('common:actions.delete')}
          isDanger
          isPending={remove.isPending}
          onClose={close}
          onConfirm={() =>
            remove.mutate(dialog.exception.id, {
              onSuccess: () => {
                notifySuccess(t('exceptions.deleted'));
                close();
              },
              onError: (error) => {
                notifyError(error, t('exceptions.deleteError'));
                // Someone removed it first: what was asked for is done.
                if (saveErrorOutcome(error) === 'gone') close();
              },
            })
          }
        />
      ) : null}
    </Stack>
  );
}
