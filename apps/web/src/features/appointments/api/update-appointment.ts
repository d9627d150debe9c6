import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Appointment, UpdateAppointmentBody } from '../../../types/api';
import { rememberOwnChange, savedChangeKey } from '../utils/own-changes';
import { appointmentQueryKey } from './get-appointment';
import { appointmentsQueryKey } from './get-appointments';
import { appointmentMutationKey } from './mutation-keys';

/** `reason`: why, kept in the history with the change (e.g. why a visit was cancelled). */
export type UpdateAppointmentInput = UpdateAppointmentBody;

export interface UpdateAppointmentVariables {
  id: number;
  input: UpdateAppointmentInput;
  /** The version the person saw; a change made by someone since makes this one fail (412). */
  expectedVersion?: number;
}

export function updateAppointment({
  id,
  input,
  expectedVersion,
}: UpdateAppointmentVariables): Promise<Appointment> {
  return apiClient.patch<Appointment>(`/api/appointments/${id}`, input, {
    ifMatch: expectedVersion,
  });
}

export function useUpdateAppointment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...appointmentMutationKey, 'update'],
    mutationFn: updateAppointment,
    onSuccess: (appointment) => {
      rememberOwnChange(savedChangeKey(appointment));
      queryClient.setQueryData(appointmentQueryKey(appointment.id), appointment);
      return queryClient.invalidateQueries({ queryKey: appointmentsQueryKey });
    },
  });
}
