import type { QueryClient } from '@tanstack/react-query';
import type { Appointment, Paged } from '../../../types/api';
import { appointmentQueryKey } from '../api/get-appointment';
import { appointmentListsQueryKey } from '../api/get-appointments';

// Lists are either a server page or, for a patient, every appointment at once.
type CachedList = Paged<Appointment> | Appointment[];

function rowsOf(list: CachedList): Appointment[] {
  return Array.isArray(list) ? list : list.results;
}

function mapRows(list: CachedList, map: (rows: Appointment[]) => Appointment[]): CachedList {
  return Array.isArray(list) ? map(list) : { ...list, results: map(list.results) };
}

/** The freshest copy of an appointment this tab holds, from its detail or from any list. */
export function findCachedAppointment(
  queryClient: QueryClient,
  id: number,
): Appointment | undefined {
  const detail = queryClient.getQueryData<Appointment>(appointmentQueryKey(id));
  if (detail) return detail;
  for (const [, list] of queryClient.getQueriesData<CachedList>({
    queryKey: appointmentListsQueryKey,
  })) {
    const row = list ? rowsOf(list).find((appointment) => appointment.id === id) : undefined;
    if (row) return row;
  }
  return undefined;
}

/** Shows a change in every list at once, before the lists' refetch says where it now belongs. */
export function replaceInLists(queryClient: QueryClient, appointment: Appointment): void {
  queryClient.setQueriesData<CachedList>({ queryKey: appointmentListsQueryKey }, (list) =>
    list
      ? mapRows(list, (rows) => rows.map((row) => (row.id === appointment.id ? appointment : row)))
      : list,
  );
}

export function removeFromLists(queryClient: QueryClient, id: number): void {
  queryClient.setQueriesData<CachedList>({ queryKey: appointmentListsQueryKey }, (list) =>
    list ? mapRows(list, (rows) => rows.filter((row) => row.id !== id)) : list,
  );
}
