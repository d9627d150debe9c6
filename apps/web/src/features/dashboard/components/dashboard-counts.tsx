import { SimpleGrid } from '@mantine/core';
import { StatCard } from '../../../components/ui/stat-card';
import type { TeamDashboard } from '../../../types/api';

interface DashboardCountsProps {
  area: 'owner' | 'staff';
  dashboard: TeamDashboard | undefined;
  isError: boolean;
}

/** Today, this week and the queue; the owner also sees how this week's visits went. */
export function DashboardCounts({ area, dashboard, isError }: DashboardCountsProps) {
  const counts = dashboard?.counts;
  const outcomes = dashboard?.weekOutcomes;
  const week = dashboard ? `from=${dashboard.weekFrom}&to=${dashboard.weekTo}` : '';
  return (
    <SimpleGrid cols={{ base: 1, xs: 3 }}>
      <StatCard
        label="Appointments today"
        value={counts?.today}
        isError={isError}
        to={`/${area}/calendar?view=day`}
        linkLabel="Open today in the calendar"
      />
      <StatCard
        label="Appointments this week"
        value={counts?.thisWeek}
        isError={isError}
        to={`/${area}/calendar`}
        linkLabel="Open this week"
      />
      <StatCard
        label="Pending requests"
        value={counts?.pending}
        isError={isError}
        to={`/${area}/appointments?status=pending`}
        linkLabel="See every request"
      />
      {area === 'owner' && outcomes !== null ? (
        <>
          <StatCard
            label="Completed this week"
            value={outcomes?.completed}
            isError={isError}
            to={`/owner/appointments?status=completed&${week}`}
            linkLabel="See completed visits"
          />
          <StatCard
            label="Cancelled this week"
            value={outcomes?.cancelled}
            isError={isError}
            to={`/owner/appointments?status=cancelled&${week}`}
            linkLabel="See cancelled visits"
          />
          <StatCard
            label="No-shows this week"
            value={outcomes?.noShow}
            isError={isError}
            to={`/owner/appointments?status=no_show&${week}`}
            linkLabel="See no-shows"
          />
        </>
      ) : null}
    </SimpleGrid>
  );
}
