import { useContext, useEffect, useRef } from 'react';
import type { StreamStatus } from '../../../lib/event-stream';
import { type LiveEventListener, LiveEventsContext } from '../live-events-context';

function useLiveEventsContext() {
  const context = useContext(LiveEventsContext);
  if (!context) throw new Error('Live events are only available inside a signed-in area.');
  return context;
}

/** Calls the latest `listener` for every live event, without resubscribing on each render. */
export function useLiveEvents(listener: LiveEventListener): void {
  const { subscribe } = useLiveEventsContext();
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => subscribe((event) => latest.current(event)), [subscribe]);
}

export function useLiveStatus(): StreamStatus {
  return useLiveEventsContext().status;
}
