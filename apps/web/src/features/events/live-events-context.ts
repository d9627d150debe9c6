import { createContext } from 'react';
import type { StreamStatus } from '../../lib/event-stream';
import type { Appointment } from '../../types/api';

export type LiveEvent =
  | { type: 'appointment.created'; appointment: Appointment }
  | { type: 'appointment.updated'; appointment: Appointment }
  | { type: 'appointment.deleted'; id: number }
  /** Free times may have changed on these clinic days (both null: on any day). */
  | { type: 'availability.changed'; dateFrom: string | null; dateTo: string | null }
  /** To the team: the open requests to close an account changed. */
  | { type: 'closure_requests.changed' }
  /** To this person only: their bell's items changed; how many are unread now. */
  | { type: 'inbox.changed'; unread: number }
  /** To the team: the texts from patients waiting for a person changed. */
  | { type: 'patient_messages.changed' }
  /** The stream (re)opened: anything sent while it was down was missed. */
  | { type: 'stream.opened' };

export type LiveEventListener = (event: LiveEvent) => void;

export interface LiveEvents {
  status: StreamStatus;
  subscribe: (listener: LiveEventListener) => () => void;
}

export const LiveEventsContext = createContext<LiveEvents | null>(null);
