import { SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { QueryError } from '../../../components/ui/query-error';
import { formatLongDate } from '../../../lib/dates';
import { AppointmentDialog } from '../../appointments';
import { useClinicClock } from '../../clinic';
import { useDayVisits } from '../api/get-day-visits';
import { buildDayBoard } from '../utils/day-board';
import { BoardColumn } from './board-column';
import type { VisitDialog } from './visit-card';

/**
 * Today's visits per dentist, moved along from arrival to the chair to done. The list follows
 * the event stream (the shared live sync updates it in place) and the clinic's clock, which
 * ticks the waiting times and the late marks, and turns the board over at midnight.
 */
export function DayBoard() {
  const { t } = useTranslation('dayBoard');
  const clock = useClinicClock();
  const visits = useDayVisits(clock?.today ?? null);
  const [open, setOpen] = useState<{ id: number; mode: VisitDialog } | null>(null);

  if (visits.isError) {
    return (
      <QueryError
        title={t('loadError')}
        error={visits.error}
        onRetry={() => void visits.refetch()}
      />
    );
  }
  if (!clock || !visits.data) {
    return (
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} role="status" aria-label={t('loading')}>
        <Skeleton height={240} />
        <Skeleton height={240} />
      </SimpleGrid>
    );
  }
  const board = buildDayBoard(visits.data, clock.now, clock.zone);
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('intro', { date: formatLongDate(clock.today) })}
      </Text>
      {board.length === 0 ? (
        <EmptyState title={t('emptyTitle')} description={t('emptyDescription')} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {board.map((column) => (
            <BoardColumn
              key={column.dentistId ?? 'none'}
              column={column}
              clock={clock}
              onOpen={(id, mode) => setOpen({ id, mode })}
            />
          ))}
        </SimpleGrid>
      )}
      {open ? (
        <AppointmentDialog
          appointmentId={open.id}
          appointment={visits.data.find((a) => a.id === open.id)}
          initialMode={open.mode}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </Stack>
  );
}
