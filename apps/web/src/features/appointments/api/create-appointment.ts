import type { RecordableStatus } from '@clinic/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Appointment, AppointmentStatus, CreateAppointmentBody } from '../../../types/api';
import { rememberOwnChange, savedChangeKey } from '../utils/own-changes';
import { appointmentQueryKey } from './get-appointment';
import { appointmentsQueryKey } from './get-appointments';
import { appointmentMutationKey } from './mutation-keys';

/** `patient` is required for owner and staff; the server ignores it for a patient. */
export type CreateAppointmentInput = Omit<CreateAppointmentBody, 'status'> & {
  /**
   * Owner and staff only: pending or confirmed (the default with a dentist); with
   * `recordedAfterTheFact`, what already happened: arrived, completed or no-show.
   */
  status?: Extract<AppointmentStatus, 'pending' | 'confirmed' | RecordableStatus>;
};

export function createAppointment(input: CreateAppointmentInput): Promise<Appointment> {
  return apiClient.post<Appointment>('/api/appointments', input);
}

export function useCreateAppointment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...appointmentMutationKey, 'create'],
    mutationFn: createAppointment,
    onSuccess: (appointment) => {
      rememberOwnChange(savedChangeKey(appointment));
      queryClient.setQueryData(appointmentQueryKey(appointment.id), appointment);
      return queryClient.invalidateQueries({ queryKey: appointmentsQueryKey });
    },
  });
}
