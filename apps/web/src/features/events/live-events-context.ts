import { createContext } from 'react';
import type { StreamStatus } from '../../lib/event-stream';
import type { Appointment } from '../../types/api';

export type LiveEvent =
  | { type: 'appointment.created'; appointment: Appointment }
  | { type: 'appointment.updated'; appointment: Appointment }
  | { type: 'appointment.deleted'; id: number }
  /** Free times changed on those days (both null: on any day). */
  | { type: 'availability.changed'; dateFrom: string | null; dateTo: string | null }
  /** The stream (re)opened: anything sent while it was down was missed. */
  | { type: 'stream.opened' };

export type LiveEventListener = (event: LiveEvent) => void;

export interface LiveEvents {
  status: StreamStatus;
  subscribe: (listener: LiveEventListener) => () => void;
}

export const LiveEventsContext = createContext<LiveEvents | null>(null);
