import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { notifyInfo } from '../../../lib/notify';
import type { LiveEvent } from '../../events';
import { useLiveEvents } from '../../events';
import { appointmentQueryKey } from '../api/get-appointment';
import { appointmentListsQueryKey, appointmentsQueryKey } from '../api/get-appointments';
import { appointmentMutationKey } from '../api/mutation-keys';
import { findCachedAppointment, removeFromLists, replaceInLists } from '../utils/appointment-cache';
import { type ChangeNotice, describeChange, type Viewer } from '../utils/describe-change';
import { deletedChangeKey, savedChangeKey, takeOwnChange } from '../utils/own-changes';

const OWN_WRITE_WAIT_MS = 10_000;

/**
 * The server announces a change before it answers the request that made it, so an event may
 * arrive while this tab's own save is still in flight; waiting for it tells the two apart.
 */
function ownWritesSettled(queryClient: QueryClient): Promise<void> {
  const isBusy = () => queryClient.isMutating({ mutationKey: appointmentMutationKey }) > 0;
  if (!isBusy()) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(done, OWN_WRITE_WAIT_MS);
    const unsubscribe = queryClient.getMutationCache().subscribe(() => {
      if (!isBusy()) done();
    });
  });
}

async function announce(queryClient: QueryClient, key: string, notice: ChangeNotice) {
  await ownWritesSettled(queryClient);
  if (takeOwnChange(key)) return;
  notifyInfo(notice.title, notice.message);
}

function apply(queryClient: QueryClient, event: LiveEvent, viewer: Viewer): void {
  const refreshLists = () =>
    void queryClient.invalidateQueries({ queryKey: appointmentListsQueryKey });
  switch (event.type) {
    case 'stream.opened':
      // Whatever changed while the stream was down was never announced.
      void queryClient.invalidateQueries({ queryKey: appointmentsQueryKey });
      return;
    case 'appointment.created': {
      const after = event.appointment;
      queryClient.setQueryData(appointmentQueryKey(after.id), after);
      refreshLists();
      void announce(
        queryClient,
        savedChangeKey(after),
        describeChange({ kind: 'created', after }, viewer),
      );
      return;
    }
    case 'appointment.updated': {
      const after = event.appointment;
      const before = findCachedAppointment(queryClient, after.id);
      queryClient.setQueryData(appointmentQueryKey(after.id), after);
      replaceInLists(queryClient, after);
      refreshLists();
      void queryClient.invalidateQueries({
        queryKey: [...appointmentQueryKey(after.id), 'history'],
      });
      void announce(
        queryClient,
        savedChangeKey(after),
        describeChange({ kind: 'updated', before, after }, viewer),
      );
      return;
    }
    case 'appointment.deleted': {
      const before = findCachedAppointment(queryClient, event.id);
      removeFromLists(queryClient, event.id);
      refreshLists();
      // An open view of it refetches, learns it is gone and says so.
      void queryClient.invalidateQueries({ queryKey: appointmentQueryKey(event.id) });
      void announce(
        queryClient,
        deletedChangeKey(event.id),
        describeChange({ kind: 'deleted', before }, viewer),
      );
      return;
    }
  }
}

/** Keeps every cached appointment list and detail in step with the live stream, and says what changed. */
export function useAppointmentLiveSync(viewer: Viewer): void {
  const queryClient = useQueryClient();
  useLiveEvents((event) => apply(queryClient, event, viewer));
}
