import { useQueryClient } from '@tanstack/react-query';
import { useLiveEvents } from '../../events';
import { availabilityQueryKey, workingDaysQueryKey } from '../api/query-keys';

/**
 * Free and working times change whenever anyone books, moves or frees a visit or edits a
 * schedule: the open pickers and the calendar's shading ask again, without a reload.
 */
export function useAvailabilityLiveSync(): void {
  const queryClient = useQueryClient();
  useLiveEvents((event) => {
    if (event.type === 'availability.changed' || event.type === 'stream.opened') {
      void queryClient.invalidateQueries({ queryKey: availabilityQueryKey });
      void queryClient.invalidateQueries({ queryKey: workingDaysQueryKey });
      return;
    }
    if (
      event.type === 'closure_requests.changed' ||
      event.type === 'inbox.changed' ||
      event.type === 'patient_messages.changed'
    ) {
      return;
    }
    // An appointment event alone frees or takes time too (and may arrive first).
    void queryClient.invalidateQueries({ queryKey: availabilityQueryKey });
  });
}
