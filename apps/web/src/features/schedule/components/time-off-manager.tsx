import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { QueryError } from '../../../components/ui/query-error';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import { useClinicClock } from '../../clinic';
import { useDentists } from '../../users';
import { useScheduleLiveSync } from '../hooks/use-schedule-live-sync';
import { ExceptionsPanel } from './exceptions-panel';

/** The front desk's page: every dentist's coming time off. Closures and hours are the owner's. */
export function TimeOffManager() {
  const { t } = useTranslation('schedule');
  useScheduleLiveSync();
  const dentists = useDentists();
  const clock = useClinicClock();
  if (dentists.error) {
    return (
      <QueryError
        title={t('loadError')}
        error={dentists.error}
        onRetry={() => void dentists.refetch()}
      />
    );
  }
  if (!dentists.data || !clock) return <TableSkeleton />;
  if (dentists.data.length === 0) {
    return <EmptyState title={t('noDentists.title')} description={t('noDentists.staffHint')} />;
  }
  return (
    <Stack>
      <ExceptionsPanel
        kind="time_off"
        today={clock.today}
        dentist={null}
        dentists={dentists.data}
      />
    </Stack>
  );
}
