import type { AppointmentHistoryEntry } from '../../../types/api';

/** How a patient's visit came to be called off, as the patient's own page tells it. */
export interface CancellationOutcome {
  /** A request the clinic turned down, or a booked visit called off. */
  kind: 'declined' | 'cancelled';
  /** The patient called it off themselves. */
  byPatient: boolean;
  /** What was said when it was called off, if anything. */
  reason: string | null;
}

/**
 * Reads the latest cancellation out of an appointment's history (oldest entry first, as the
 * server lists it): a request still pending that someone else cancelled was declined.
 */
export function cancellationOutcome(
  history: readonly AppointmentHistoryEntry[],
  patientId: number,
): CancellationOutcome | null {
  const entry = history.findLast((step) => step.changes.status?.[1] === 'cancelled');
  if (!entry) return null;
  const byPatient = entry.actor === patientId;
  const wasRequest = entry.changes.status?.[0] === 'pending';
  return {
    kind: wasRequest && !byPatient ? 'declined' : 'cancelled',
    byPatient,
    reason: entry.reason?.trim() ? entry.reason.trim() : null,
  };
}
