import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { deletedChangeKey, rememberOwnChange } from '../utils/own-changes';
import { appointmentQueryKey } from './get-appointment';
import { appointmentsQueryKey } from './get-appointments';
import { appointmentMutationKey } from './mutation-keys';

/** The appointment leaves the book; its history stays. */
export function deleteAppointment({
  id,
  expectedVersion,
}: {
  id: number;
  /** The version the person saw; a change made by someone since makes the delete fail (412). */
  expectedVersion?: number;
}): Promise<void> {
  return apiClient.delete(`/api/appointments/${id}`, { ifMatch: expectedVersion });
}

export function useDeleteAppointment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...appointmentMutationKey, 'delete'],
    mutationFn: deleteAppointment,
    onSuccess: (_, { id }) => {
      rememberOwnChange(deletedChangeKey(id));
      // Refetching it would only answer 404.
      queryClient.removeQueries({ queryKey: appointmentQueryKey(id), exact: true });
      return queryClient.invalidateQueries({ queryKey: appointmentsQueryKey });
    },
  });
}
