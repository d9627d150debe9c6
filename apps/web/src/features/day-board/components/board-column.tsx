import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClinicClock } from '../../clinic';
import type { BoardColumn as Column } from '../utils/day-board';
import { VisitCard, type VisitDialog } from './visit-card';

interface BoardColumnProps {
  column: Column;
  clock: ClinicClock;
  onOpen: (id: number, mode: VisitDialog) => void;
}

/** One dentist's day, or the visits still without a dentist, in time order. */
export function BoardColumn({ column, clock, onOpen }: BoardColumnProps) {
  const { t } = useTranslation('dayBoard');
  const name = column.dentistName ?? t('noDentist');
  const headingId = `day-board-${column.dentistId ?? 'none'}`;
  return (
    <Paper component="section" aria-labelledby={headingId} p="sm" radius="md" bg="gray.0">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id={headingId}>
            {name}
          </Title>
          <Text size="xs" c="dimmed">
            {t('visitCount', { count: column.visits.length })}
          </Text>
        </div>
        <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
          {column.visits.map((visit) => (
            <VisitCard key={visit.appointment.id} visit={visit} clock={clock} onOpen={onOpen} />
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
