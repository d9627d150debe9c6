import { useQueryClient } from '@tanstack/react-query';
import { useLiveEvents } from '../../events';
import { scheduleQueryKey } from '../api/keys';

/**
 * Someone else changed a schedule (or the stream was down and may have missed it): the open
 * lists ask again. Appointment events alone change no schedule.
 */
export function useScheduleLiveSync(): void {
  const queryClient = useQueryClient();
  useLiveEvents((event) => {
    if (event.type === 'availability.changed' || event.type === 'stream.opened') {
      void queryClient.invalidateQueries({ queryKey: scheduleQueryKey });
    }
  });
}
