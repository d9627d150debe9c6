import { useQueryClient } from '@tanstack/react-query';
import { useLiveEvents } from '../../events';
import { patientMessagesQueryKey } from '../api/messages';

/**
 * A text came in, or a colleague marked one handled (or the stream was down and may have
 * missed it): the list asks again.
 */
export function usePatientMessagesLiveSync(): void {
  const queryClient = useQueryClient();
  useLiveEvents((event) => {
    if (event.type !== 'patient_messages.changed' && event.type !== 'stream.opened') return;
    void queryClient.invalidateQueries({ queryKey: patientMessagesQueryKey });
  });
}
