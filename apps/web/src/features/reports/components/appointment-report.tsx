import { Group, Loader, Stack, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ClinicSettingsPending } from '../../../components/shared';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import { useSearchParamsUpdater } from '../../../lib/use-search-params-updater';
import { useClinic, useClinicClock } from '../../clinic';
import { useAppointmentReport } from '../api/get-appointment-report';
import { useReportsLiveSync } from '../hooks/use-reports-live-sync';
import { reportRangeErrors } from '../utils/report-range-errors';
import {
  applyReportViewChange,
  type ReportViewChange,
  readReportView,
  reportPresets,
} from '../utils/report-view';
import { ReportFilters } from './report-filters';
import { ReportMeasuresNote } from './report-measures-note';
import { ReportPeriod } from './report-period';
import { ReportResults } from './report-results';

function ReportBook({ today }: { today: string }) {
  const { t } = useTranslation('reports');
  const [params, updateParams] = useSearchParamsUpdater();
  const view = readReportView(params);
  const theme = useMantineTheme();
  const isPhone = useMediaQuery(`(max-width: ${theme.breakpoints.sm})`);
  const report = useAppointmentReport({
    dateFrom: view.from || undefined,
    dateTo: view.to || undefined,
  });
  useReportsLiveSync();
  // Periods replace the entry rather than push one, so Back leaves the page instead of
  // replaying every choice.
  const change = (next: ReportViewChange) =>
    updateParams((current) => applyReportViewChange(current, next), { replace: true });
  const rangeErrors = reportRangeErrors(report.error);

  return (
    <Stack>
      <ReportFilters
        view={view}
        presets={reportPresets(today)}
        errors={rangeErrors ?? {}}
        onChange={change}
      />
      {report.data ? (
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <ReportPeriod report={report.data} />
          {report.isFetching ? (
            <Loader size="xs" role="status" aria-label={t('refreshing')} />
          ) : null}
        </Group>
      ) : null}
      <ReportResults
        query={report}
        isRangeRefused={rangeErrors !== null}
        compact={Boolean(isPhone)}
      />
      <ReportMeasuresNote />
    </Stack>
  );
}

/**
 * Appointments, outcomes and booked chair time per dentist over a period, against the clinic's
 * opening hours: the owner's report.
 */
export function AppointmentReportView() {
  const clinic = useClinic();
  // The quick periods count months on the clinic's calendar, not the device's.
  const clock = useClinicClock();
  if (clock) return <ReportBook today={clock.today} />;
  return <ClinicSettingsPending clinic={clinic} placeholder={<TableSkeleton rows={5} />} />;
}
