import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ui/confirm-modal';
import { QueryError } from '../../../components/ui/query-error';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useDeleteScheduleException, useScheduleExceptions } from '../api/schedule-exceptions';
import type { ScheduleException, ScheduleExceptionKind } from '../api/types';
import { formatDays } from '../utils/format';
import { ExceptionFormModal } from './exception-form-modal';
import { ExceptionsList } from './exceptions-list';

interface ExceptionsPanelProps {
  kind: ScheduleExceptionKind;
  today: string;
  /** Whose exceptions; null lists every dentist's (or the clinic's closures). */
  dentist: number | null;
  /** To choose from when recording one for a dentist not fixed by the page. */
  dentists?: readonly { id: number; name: string }[] | undefined;
}

/** Today's and later closures, time off or extra hours, with adding and deleting. */
export function ExceptionsPanel({ kind, today, dentist, dentists }: ExceptionsPanelProps) {
  const { t } = useTranslation(['schedule', 'common']);
  const exceptions = useScheduleExceptions({
    kind,
    dentist: dentist ?? undefined,
    // Whatever ended before today is history, not something to plan around.
    dateFrom: today,
  });
  const remove = useDeleteScheduleException();
  const [isAdding, setIsAdding] = useState(false);
  const [deleting, setDeleting] = useState<ScheduleException | null>(null);
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
        {t(`kinds.${kind}.empty`)}
      </Text>
    );
  } else {
    content = (
      <ExceptionsList
        exceptions={exceptions.data}
        showDentist={kind !== 'closure' && dentist === null}
        onDelete={setDeleting}
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
        <Button variant="light" onClick={() => setIsAdding(true)}>
          {t(`kinds.${kind}.add`)}
        </Button>
      </Group>
      {content}
      {isAdding ? (
        <ExceptionFormModal
          kind={kind}
          today={today}
          dentist={dentist}
          dentists={dentists}
          onClose={() => setIsAdding(false)}
        />
      ) : null}
      {deleting ? (
        <ConfirmModal
          opened
          title={t(`kinds.${kind}.deleteTitle`)}
          message={t('exceptions.deleteMessage', { days: formatDays(deleting) })}
          confirmLabel={t('common:actions.delete')}
          isDanger
          isPending={remove.isPending}
          onClose={() => setDeleting(null)}
          onConfirm={() =>
            remove.mutate(deleting.id, {
              onSuccess: () => {
                notifySuccess(t('exceptions.deleted'));
                setDeleting(null);
              },
              onError: (error) => notifyError(error, t('exceptions.deleteError')),
            })
          }
        />
      ) : null}
    </Stack>
  );
}
