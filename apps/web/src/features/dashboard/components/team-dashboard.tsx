import { SimpleGrid, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/ui/query-error';
import type { Appointment } from '../../../types/api';
import { AppointmentDialog } from '../../appointments';
import { useDashboard } from '../api/get-dashboard';
import { useDashboardLiveSync } from '../hooks/use-dashboard-live-sync';
import { DashboardCounts } from './dashboard-counts';
import { PendingRequests } from './pending-requests';
import { TodaySchedule } from './today-schedule';
import { UnconfirmedTomorrow } from './unconfirmed-tomorrow';

/** The landing page of owner and staff: the day's work, the queue and the figures, kept live. */
export function TeamDashboard({ area }: { area: 'owner' | 'staff' }) {
  const { t } = useTranslation('dashboard');
  const dashboard = useDashboard();
  const [viewed, setViewed] = useState<Appointment | null>(null);
  useDashboardLiveSync();
  const data = dashboard.data?.role === 'team' ? dashboard.data : undefined;
  // A failed refresh keeps what is on screen; only a first load that failed says so.
  const hasFailed = dashboard.isError && !data;

  return (
    <Stack gap="lg">
      {hasFailed ? (
        <QueryError
          title={t('team.loadError')}
          error={dashboard.error}
          onRetry={() => void dashboard.refetch()}
        />
      ) : null}
      <DashboardCounts area={area} dashboard={data} isError={hasFailed} />
      {hasFailed ? null : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <TodaySchedule schedule={data?.schedule} today={data?.today} onOpen={setViewed} />
          <PendingRequests
            area={area}
            pending={data?.pending}
            total={data?.counts.pending}
            onOpen={setViewed}
          />
          <UnconfirmedTomorrow
            visits={data?.unconfirmedTomorrow}
            today={data?.today}
            onOpen={setViewed}
          />
        </SimpleGrid>
      )}
      {viewed ? (
        <AppointmentDialog
          appointmentId={viewed.id}
          appointment={viewed}
          onClose={() => setViewed(null)}
        />
      ) : null}
    </Stack>
  );
}
