import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Appointment } from '../../../types/api';
import { rememberOwnChange, savedChangeKey } from '../utils/own-changes';
import { appointmentQueryKey } from './get-appointment';
import { appointmentsQueryKey } from './get-appointments';
import { appointmentMutationKey } from './mutation-keys';

export interface PatientConfirmationVariables {
  appointment: Pick<Appointment, 'id' | 'version'>;
  /** True: the patient said on the phone they will come; false: take back such a note. */
  confirmed: boolean;
}

/** The front desk's note of a patient's answer given on the phone (decision 040). */
export function recordPatientConfirmation({
  appointment,
  confirmed,
}: PatientConfirmationVariables): Promise<Appointment> {
  const path = `/api/appointments/${appointment.id}/patient-confirmation`;
  // Against the version on screen: a visit moved meanwhile is refused (412), not confirmed.
  return confirmed
    ? apiClient.post<Appointment>(path, undefined, { ifMatch: appointment.version })
    : apiClient.delete<Appointment>(path, { ifMatch: appointment.version });
}

export function useRecordPatientConfirmation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...appointmentMutationKey, 'patient-confirmation'],
    mutationFn: recordPatientConfirmation,
    onSuccess: (appointment) => {
      rememberOwnChange(savedChangeKey(appointment));
      queryClient.setQueryData(appointmentQueryKey(appointment.id), appointment);
      return queryClient.invalidateQueries({ queryKey: appointmentsQueryKey });
    },
  });
}
