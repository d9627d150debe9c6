import { Text } from '@mantine/core';
import { formatLongDate } from '../../../lib/dates';
import type { AppointmentReport } from '../../../types/api';
import { formatHours } from '../utils/report-format';

/**
 * The period the figures cover, as the server counted it: an empty From or To is filled in
 * there, so only the answer says which days they are.
 */
export function ReportPeriod({ report }: { report: AppointmentReport }) {
  return (
    <Text size="sm" aria-live="polite">
      <Text span fw={600} inherit>
        {formatLongDate(report.dateFrom)} to {formatLongDate(report.dateTo)}
      </Text>
      {report.openMinutes > 0
        ? ` · The clinic was open ${formatHours(report.openMinutes)}: one dentist’s full capacity.`
        : ' · The clinic was never open in this period, so utilisation does not apply.'}
    </Text>
  );
}
