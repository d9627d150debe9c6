import { Divider, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { QueryError } from '../../../components/ui/query-error';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import { useClinic, useClinicClock } from '../../clinic';
import { useDentists } from '../../users';
import { useScheduleLiveSync } from '../hooks/use-schedule-live-sync';
import { DentistWeek } from './dentist-week';
import { ExceptionsPanel } from './exceptions-panel';

/** The owner's page: a dentist's weekly hours, time off and extra hours; the clinic's closures. */
export function ScheduleManager() {
  const { t } = useTranslation('schedule');
  useScheduleLiveSync();
  const dentists = useDentists();
  const clinic = useClinic();
  const clock = useClinicClock();
  const [chosenId, setChosenId] = useState<number | null>(null);

  const failed = dentists.error ?? clinic.error;
  if (failed) {
    return (
      <QueryError
        title={t('loadError')}
        error={failed}
        onRetry={() => {
          void dentists.refetch();
          void clinic.refetch();
        }}
      />
    );
  }
  if (!dentists.data || !clinic.data || !clock) return <TableSkeleton />;

  const dentist = dentists.data.find((d) => d.id === chosenId) ?? dentists.data[0] ?? null;
  return (
    <Stack gap="xl">
      {dentist ? (
        <Stack gap="lg">
          <Select
            label={t('dentist')}
            maw={320}
            searchable
            allowDeselect={false}
            data={dentists.data.map((d) => ({ value: String(d.id), label: d.name }))}
            value={String(dentist.id)}
            onChange={(value) => setChosenId(value === null ? null : Number(value))}
          />
          <DentistWeek
            key={dentist.id}
            dentist={dentist}
            clinic={clinic.data}
            today={clock.today}
          />
          <ExceptionsPanel kind="time_off" today={clock.today} dentist={dentist.id} />
          <ExceptionsPanel kind="extra_hours" today={clock.today} dentist={dentist.id} />
        </Stack>
      ) : (
        <EmptyState title={t('noDentists.title')} description={t('noDentists.description')} />
      )}
      <Divider />
      <ExceptionsPanel kind="closure" today={clock.today} dentist={null} />
    </Stack>
  );
}
