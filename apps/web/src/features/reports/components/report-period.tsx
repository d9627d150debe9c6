import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { activeLocale, formatLongDate } from '../../../lib/dates';
import type { AppointmentReport } from '../../../types/api';
import { formatHours } from '../utils/report-format';

/**
 * The period the figures cover, as the server counted it: an empty From or To is filled in
 * there, so only the answer says which days they are.
 */
export function ReportPeriod({ report }: { report: AppointmentReport }) {
  const { t } = useTranslation('reports');
  return (
    <Text size="sm" aria-live="polite">
      <Text span fw={600} inherit>
        {t('period.range', {
          from: formatLongDate(report.dateFrom),
          to: formatLongDate(report.dateTo),
        })}
      </Text>
      {report.openMinutes > 0
        ? t('period.open', {
            hours: formatHours(report.openMinutes, activeLocale(), t),
          })
        : t('period.neverOpen')}
    </Text>
  );
}
