import { type AppointmentStatus, isActiveStatus } from './appointment-status.ts';

export const NOTIFICATION_KINDS = [
  'request_received',
  'appointment_confirmed',
  'appointment_moved',
  'appointment_cancelled',
  'reminder',
  'patient_cancelled',
  'patient_moved',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** What the front desk hears of, from patients; the other kinds go to the patient. */
export const FRONT_DESK_KINDS = ['request_received', 'patient_cancelled', 'patient_moved'] as const;
export type FrontDeskKind = (typeof FRONT_DESK_KINDS)[number];
export type PatientKind = Exclude<NotificationKind, FrontDeskKind>;

export function isFrontDeskKind(kind: NotificationKind): kind is FrontDeskKind {
  return (FRONT_DESK_KINDS as readonly NotificationKind[]).includes(kind);
}

export type NotificationAudience = 'patient' | 'front_desk';

export interface NotifiedState {
  status: AppointmentStatus;
  startsAt: number;
}

export interface PlannedNotification {
  kind: NotificationKind;
  to: NotificationAudience;
  /** When to send, epoch ms. */
  dueAt: number;
  /**
   * By email only: the patient's record of a change they made themselves, whose point is the
   * calendar event it carries. A text would only repeat what they just did.
   */
  emailOnly?: true;
}

const HOUR_MS = 3_600_000;

/**
 * The emails one change to an appointment sends. The front desk hears of a patient's request,
 * cancellation and move; the patient hears when the clinic confirms, moves or cancels their
 * visit, gets by email the calendar update of their own cancellation or move of a confirmed
 * visit, and is reminded `reminderLeadHours` before a confirmed visit when that moment is
 * still ahead.
 */
export function notificationsFor(change: {
  before: NotifiedState | null;
  after: NotifiedState;
  byPatient: boolean;
  now: number;
  reminderLeadHours: number;
}): PlannedNotification[] {
  const { before, after, byPatient, now } = change;
  const planned: PlannedNotification[] = [];
  const statusChanged = before === null || before.status !== after.status;
  const moved = before !== null && before.startsAt !== after.startsAt;

  if (before === null && byPatient && after.status === 'pending') {
    planned.push({ kind: 'request_received', to: 'front_desk', dueAt: now });
  }
  if (byPatient && before !== null && after.status === 'cancelled' && statusChanged) {
    planned.push({ kind: 'patient_cancelled', to: 'front_desk', dueAt: now });
  }
  if (byPatient && moved && isActiveStatus(after.status)) {
    planned.push({ kind: 'patient_moved', to: 'front_desk', dueAt: now });
  }
  if (!byPatient && after.status === 'confirmed') {
    if (statusChanged) planned.push({ kind: 'appointment_confirmed', to: 'patient', dueAt: now });
    else if (moved) planned.push({ kind: 'appointment_moved', to: 'patient', dueAt: now });
  }
  if (!byPatient && after.status === 'cancelled' && statusChanged) {
    planned.push({ kind: 'appointment_cancelled', to: 'patient', dueAt: now });
  }
  // A confirmed visit is in the patient's calendar from its confirmation email: their own
  // cancellation or move (kept confirmed) sends the event's update, or it would stay as it was.
  if (byPatient && before?.status === 'confirmed') {
    if (after.status === 'cancelled') {
      planned.push({ kind: 'appointment_cancelled', to: 'patient', dueAt: now, emailOnly: true });
    } else if (moved && after.status === 'confirmed') {
      planned.push({ kind: 'appointment_moved', to: 'patient', dueAt: now, emailOnly: true });
    }
  }
  if (after.status === 'confirmed' && (statusChanged || moved)) {
    const dueAt = reminderDueAt(after.startsAt, change.reminderLeadHours, now);
    if (dueAt !== null) planned.push({ kind: 'reminder', to: 'patient', dueAt });
  }
  return planned;
}

/** When to remind of a visit starting at `startsAt`, or null when that moment has passed. */
export function reminderDueAt(startsAt: number, leadHours: number, now: number): number | null {
  const dueAt = startsAt - leadHours * HOUR_MS;
  return dueAt > now ? dueAt : null;
}

/**
 * Whether a queued message still says something true when its turn comes. Messages are
 * written from the appointment as it is at sending time, so one overtaken by a later change
 * (confirmed, then cancelled before the mail went out) is dropped rather than contradicted.
 */
export function isNotificationCurrent(
  kind: NotificationKind,
  queuedFor: { startsAt: number },
  appointment: NotifiedState | undefined,
): boolean {
  if (!appointment) return false;
  switch (kind) {
    case 'request_received':
      return appointment.status === 'pending';
    case 'appointment_cancelled':
    case 'patient_cancelled':
      return appointment.status === 'cancelled';
    // Moved again meanwhile: that move sends its own message.
    case 'patient_moved':
      return isActiveStatus(appointment.status) && appointment.startsAt === queuedFor.startsAt;
    case 'appointment_confirmed':
    case 'appointment_moved':
    case 'reminder':
      return appointment.status === 'confirmed' && appointment.startsAt === queuedFor.startsAt;
  }
}

const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000, 3 * 60 * 60_000];

/** When to try again after `attempts` failed tries, or null once it is time to give up. */
export function nextAttemptAt(attempts: number, now: number): number | null {
  const delay = RETRY_DELAYS_MS[attempts - 1];
  return delay === undefined ? null : now + delay;
}
