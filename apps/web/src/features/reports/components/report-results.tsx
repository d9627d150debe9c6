import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { QueryError } from '../../../components/ui/query-error';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import type { AppointmentReport } from '../../../types/api';
import { ReportCards } from './report-cards';
import { ReportTable } from './report-table';

interface ReportResultsProps {
  query: { data: AppointmentReport | undefined; error: unknown; refetch: () => unknown };
  /** True when the server refused the dates: its messages are already under the fields. */
  isRangeRefused: boolean;
  /** Cards rather than a table, for phones. */
  compact: boolean;
}

/** The report's every state: loading, refused, failed, empty, and the figures. */
export function ReportResults({ query, isRangeRefused, compact }: ReportResultsProps) {
  const { t } = useTranslation('reports');
  if (isRangeRefused) {
    return <Text size="sm">{t('results.correctDates')}</Text>;
  }
  if (query.error) {
    return (
      <QueryError
        title={t('results.loadError')}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  if (!query.data) return <TableSkeleton rows={5} />;
  if (query.data.totals.appointments === 0) {
    return (
      <EmptyState title={t('results.emptyTitle')} description={t('results.emptyDescription')} />
    );
  }
  return compact ? <ReportCards report={query.data} /> : <ReportTable report={query.data} />;
}
