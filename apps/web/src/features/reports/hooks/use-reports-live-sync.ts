import { useQueryClient } from '@tanstack/react-query';
import { useLiveEvents } from '../../events';
import { reportsQueryKey } from '../api/get-appointment-report';

/**
 * Any booking, move or status change may shift the figures, and a reopened stream may have
 * missed some; reports live outside the appointment queries the shared live sync refreshes, so
 * they listen for themselves.
 */
export function useReportsLiveSync(): void {
  const queryClient = useQueryClient();
  useLiveEvents(() => void queryClient.invalidateQueries({ queryKey: reportsQueryKey }));
}
