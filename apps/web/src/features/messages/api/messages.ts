import type {
  AppointmentMessagesWire,
  PatientMessagesWire,
  UnsubscribedWire,
} from '@clinic/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Camelize } from '../../../lib/camel-case';

export type AppointmentMessage = Camelize<AppointmentMessagesWire>['results'][number];
export type PatientMessages = Camelize<PatientMessagesWire>;
export type PatientMessage = PatientMessages['results'][number];

export const appointmentMessagesQueryKey = (appointmentId: number) =>
  ['appointments', appointmentId, 'messages'] as const;
export const patientMessagesQueryKey = ['patient-messages'] as const;

/** While a message is still on its way, its status is asked again this often. */
const ON_THE_WAY_REFRESH_MS = 10_000;

/** Every email and text about an appointment, and what became of each (owner and staff). */
export function useAppointmentMessages(appointmentId: number) {
  return useQuery({
    queryKey: appointmentMessagesQueryKey(appointmentId),
    queryFn: ({ signal }) =>
      apiClient.get<Camelize<AppointmentMessagesWire>>(
        `/api/appointments/${appointmentId}/messages`,
        { signal },
      ),
    // The provider's reports arrive without an event: look again while something is on its way.
    refetchInterval: (query) =>
      query.state.data?.results.some((m) => m.status === 'queued' || m.status === 'sent')
        ? ON_THE_WAY_REFRESH_MS
        : false,
  });
}

/** Texts from patients waiting for a person, for the front desk. */
export function usePatientMessages() {
  return useQuery({
    queryKey: patientMessagesQueryKey,
    queryFn: ({ signal }) => apiClient.get<PatientMessages>('/api/patient-messages', { signal }),
  });
}

export function useMarkPatientMessageHandled() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiClient.post<void>(`/api/patient-messages/${id}/handled`),
    onSuccess: (_result, id) => {
      queryClient.setQueryData<PatientMessages>(patientMessagesQueryKey, (current) =>
        current
          ? {
              count: Math.max(0, current.count - 1),
              results: current.results.filter((m) => m.id !== id),
            }
          : current,
      );
      void queryClient.invalidateQueries({ queryKey: patientMessagesQueryKey });
    },
  });
}

/** Turns a channel's messages off with the token of an unsubscribe link. */
export function unsubscribe(token: string): Promise<Camelize<UnsubscribedWire>> {
  return apiClient.post<Camelize<UnsubscribedWire>>('/api/unsubscribe', { token });
}
