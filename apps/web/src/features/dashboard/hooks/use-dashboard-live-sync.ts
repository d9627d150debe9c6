import { useQueryClient } from '@tanstack/react-query';
import type { Dashboard } from '../../../types/api';
import { useLiveEvents } from '../../events';
import { dashboardQueryKey } from '../api/get-dashboard';
import { applyToDashboard, type DashboardChange } from '../utils/dashboard-cache';

/**
 * The shared live sync refreshes appointment lists only; the dashboard is not one, so it listens
 * for itself. (A reopened stream is covered already: that refreshes every appointment query.)
 */
export function useDashboardLiveSync(): void {
  const queryClient = useQueryClient();
  useLiveEvents((event) => {
    if (
      event.type === 'stream.opened' ||
      event.type === 'availability.changed' ||
      event.type === 'closure_requests.changed' ||
      event.type === 'inbox.changed' ||
      event.type === 'patient_messages.changed'
    ) {
      return;
    }
    if (event.type !== 'appointment.created') {
      const change: DashboardChange =
        event.type === 'appointment.updated'
          ? { type: 'updated', appointment: event.appointment }
          : { type: 'deleted', id: event.id };
      queryClient.setQueryData<Dashboard>(dashboardQueryKey, (dashboard) =>
        dashboard ? applyToDashboard(dashboard, change) : dashboard,
      );
    }
    void queryClient.invalidateQueries({ queryKey: dashboardQueryKey });
  });
}
