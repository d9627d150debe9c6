import type { AppointmentWire } from './appointments.ts';

/**
 * What `GET /api/events` sends, by event name. Appointments travel as the REST API answers
 * them; a deleted one only by id, since its patient's name is no longer anyone's to see.
 */
export interface EventPayloads {
  'appointment.created': AppointmentWire;
  'appointment.updated': AppointmentWire;
  'appointment.deleted': { id: number };
  /** Sent before closing a stream for a newer one of the same sign-in or person. */
  'stream.superseded': { detail: string };
}
export type EventName = keyof EventPayloads;
