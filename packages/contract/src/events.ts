import type { AppointmentWire } from './appointments.ts';

/**
 * What `GET /api/events` sends, by event name. Appointments travel as the REST API answers
 * them; a deleted one only by id, since its patient's name is no longer anyone's to see.
 */
export interface EventPayloads {
  'appointment.created': AppointmentWire;
  'appointment.updated': AppointmentWire;
  'appointment.deleted': { id: number };
  /**
   * Free times may have changed on these clinic days (both null: on any day), because an
   * appointment was booked, moved or freed, or a schedule changed. Sent to every signed-in
   * person without saying whose appointment it was; open availability views ask again.
   */
  'availability.changed': { date_from: string | null; date_to: string | null };
  /**
   * To owner and staff only: the open requests to close an account changed (one was made,
   * withdrawn or answered). It names no one; an open list asks again.
   */
  'closure_requests.changed': Record<string, never>;
  /**
   * To one person only: their bell's items changed (one arrived, or some were read, in this tab
   * or another), with how many are unread now.
   */
  'inbox.changed': { unread: number };
  /**
   * To owner and staff only: the texts from patients waiting for a person changed (one came
   * in, or one was marked handled). It names no one; an open list asks again.
   */
  'patient_messages.changed': Record<string, never>;
  /** Sent before closing a stream for a newer one of the same sign-in or person. */
  'stream.superseded': { detail: string };
}
export type EventName = keyof EventPayloads;
