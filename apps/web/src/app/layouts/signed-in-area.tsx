import { AppointmentLiveSync } from '../../features/appointments/components/appointment-live-sync';
import { LiveEventsProvider } from '../../features/events/components/live-events-provider';
import { LiveStatusNotice } from '../../features/events/components/live-status-notice';
import type { Role } from '../../types/api';
import { QueryArea } from '../query-area';
import { DashboardLayout } from './dashboard-layout';

/**
 * Everything around a signed-in page. It loads with the first such page, so the sign-in page
 * does not download the menus, the application shell, the live stream or the query cache.
 */
export function SignedInArea({ role }: { role: Role }) {
  return (
    <QueryArea>
      {/* One live stream for the whole signed-in area, so it survives moving between pages. */}
      <LiveEventsProvider>
        <AppointmentLiveSync role={role} />
        <LiveStatusNotice />
        <DashboardLayout role={role} />
      </LiveEventsProvider>
    </QueryArea>
  );
}
