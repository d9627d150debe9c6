import type { EventName } from '@clinic/contract';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { camelizeKeys } from '../../../lib/case';
import { openEventStream, type StreamStatus } from '../../../lib/event-stream';
import type { Appointment } from '../../../types/api';
import { meQueryOptions } from '../../auth';
import { type LiveEvent, type LiveEventListener, LiveEventsContext } from '../live-events-context';

const EVENT_TYPES = [
  'appointment.created',
  'appointment.updated',
  'appointment.deleted',
  'availability.changed',
  'closure_requests.changed',
  'inbox.changed',
  'patient_messages.changed',
] as const satisfies readonly EventName[];

function toLiveEvent(type: string, data: unknown): LiveEvent | null {
  if (type === 'appointment.deleted') {
    const id = (data as { id?: unknown } | null)?.id;
    return typeof id === 'number' ? { type, id } : null;
  }
  if (type === 'availability.changed') {
    const range = (data ?? {}) as { date_from?: unknown; date_to?: unknown };
    const day = (value: unknown) => (typeof value === 'string' ? value : null);
    return { type, dateFrom: day(range.date_from), dateTo: day(range.date_to) };
  }
  if (type === 'closure_requests.changed' || type === 'patient_messages.changed') return { type };
  if (type === 'inbox.changed') {
    const unread = (data as { unread?: unknown } | null)?.unread;
    return typeof unread === 'number' ? { type, unread } : null;
  }
  // The payload is the same appointment object the REST API returns.
  const appointment = camelizeKeys(data) as Appointment;
  if (type === 'appointment.created') return { type, appointment };
  if (type === 'appointment.updated') return { type, appointment };
  return null;
}

/**
 * One event stream per signed-in tab, shared by every page through context. Mounted inside the
 * role areas only, so signing out (which unmounts them) closes it.
 */
export function LiveEventsProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const listeners = useRef(new Set<LiveEventListener>());
  const [status, setStatus] = useState<StreamStatus>('connecting');

  useEffect(() => {
    const publish = (event: LiveEvent) => {
      for (const listener of listeners.current) listener(event);
    };
    const stream = openEventStream({
      url: '/api/events',
      eventTypes: EVENT_TYPES,
      onMessage: (type, data) => {
        const event = toLiveEvent(type, data);
        if (event) publish(event);
      },
      onStatusChange: setStatus,
      onOpen: () => publish({ type: 'stream.opened' }),
      // A stream refused for good most often means the session ended; asking who is signed in
      // lets the route guards send the user to sign in, which unmounts this provider.
      shouldRetry: async () => {
        const me = await queryClient.fetchQuery({ ...meQueryOptions(), staleTime: 0 });
        return me !== null;
      },
    });
    return () => stream.close();
  }, [queryClient]);

  const subscribe = useCallback((listener: LiveEventListener) => {
    listeners.current.add(listener);
    return () => {
      listeners.current.delete(listener);
    };
  }, []);
  const value = useMemo(() => ({ status, subscribe }), [status, subscribe]);
  return <LiveEventsContext value={value}>{children}</LiveEventsContext>;
}
