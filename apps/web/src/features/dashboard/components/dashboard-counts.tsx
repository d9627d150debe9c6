import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatCard } from '../../../components/ui/stat-card';
import type { TeamDashboard } from '../../../types/api';

interface DashboardCountsProps {
  area: 'owner' | 'staff';
  dashboard: TeamDashboard | undefined;
  isError: boolean;
}

/** Today, this week and the queue; the owner also sees how this week's visits went. */
export function DashboardCounts({ area, dashboard, isError }: DashboardCountsProps) {
  const { t } = useTranslation('dashboard');
  const counts = dashboard?.counts;
  const outcomes = dashboard?.weekOutcomes;
  const week = dashboard ? `from=${dashboard.weekFrom}&to=${dashboard.weekTo}` : '';
  return (
    <SimpleGrid cols={{ base: 1, xs: 3 }}>
      <StatCard
        label={t('counts.today')}
        value={counts?.today}
        isError={isError}
        to={`/${area}/calendar?view=day`}
        linkLabel={t('counts.todayLink')}
      />
      <StatCard
        label={t('counts.thisWeek')}
        value={counts?.thisWeek}
        isError={isError}
        to={`/${area}/calendar`}
        linkLabel={t('counts.thisWeekLink')}
      />
      <StatCard
        label={t('counts.pending')}
        value={counts?.pending}
        isError={isError}
        to={`/${area}/appointments?status=pending`}
        linkLabel={t('counts.pendingLink')}
      />
      {area === 'owner' && outcomes !== null ? (
        <>
          <StatCard
            label={t('counts.completed')}
            value={outcomes?.completed}
            isError={isError}
            to={`/owner/appointments?status=completed&${week}`}
            linkLabel={t('counts.completedLink')}
          />
          <StatCard
            label={t('counts.cancelled')}
            value={outcomes?.cancelled}
            isError={isError}
            to={`/owner/appointments?status=cancelled&${week}`}
            linkLabel={t('counts.cancelledLink')}
          />
          <StatCard
            label={t('counts.noShows')}
            value={outcomes?.noShow}
            isError={isError}
            to={`/owner/appointments?status=no_show&${week}`}
            linkLabel={t('counts.noShowsLink')}
          />
        </>
      ) : null}
    </SimpleGrid>
  );
}
