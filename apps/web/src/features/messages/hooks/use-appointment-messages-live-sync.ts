import { useQueryClient } from '@tanstack/react-query';
import { useLiveEvents } from '../../events';
import { appointmentMessagesQueryKey } from '../api/messages';

/** A change to the appointment queues or drops messages: its list asks again. */
export function useAppointmentMessagesLiveSync(appointmentId: number): void {
  const queryClient = useQueryClient();
  useLiveEvents((event) => {
    const about =
      event.type === 'appointment.updated' || event.type === 'appointment.created'
        ? event.appointment.id
        : null;
    if (event.type !== 'stream.opened' && about !== appointmentId) return;
    void queryClient.invalidateQueries({ queryKey: appointmentMessagesQueryKey(appointmentId) });
  });
}
