import type { AppointmentStatus } from './appointment-status.ts';
import type { CalendarEventStatus } from './icalendar.ts';
import type { Role } from './roles.ts';

/*
 * Private calendar feeds (decision 042): a patient subscribes to their visits, a dentist to the
 * visits they see, from any calendar application, through a secret address.
 */

export type CalendarFeedKind = 'patient' | 'dentist';

/** Who a feed would be for; only patients and dentists have one. */
export interface FeedSubject {
  id: number;
  role: Role;
  isDentist: boolean;
  isActive: boolean;
  closedAt?: number | null;
}

/**
 * Which calendar the person has: a patient their visits (with those of the dependants they book
 * for), a dentist the visits they see. Nobody else, and nobody inactive or closed. A dependant
 * who signs in (a teenager with an account of their own) has one of their own visits.
 */
export function calendarFeedKind(subject: FeedSubject): CalendarFeedKind | null {
  if (!subject.isActive || (subject.closedAt ?? null) !== null) return null;
  if (subject.role === 'patient') return 'patient';
  return subject.isDentist ? 'dentist' : null;
}

export type FeedAccess = 'allowed' | 'forbidden' | 'not_found';

/**
 * Whether `actor` may see, make or revoke `subject`'s feed. Each person manages their own; the
 * owner also manages any dentist's (to set one up for them, or revoke it when a phone is lost).
 * A patient asking about anyone else is answered as if nobody were there, as everywhere.
 */
export function calendarFeedAccess(
  actor: { id: number; role: Role },
  subject: FeedSubject,
): FeedAccess {
  if (actor.id === subject.id) return 'allowed';
  if (actor.role === 'patient') return 'not_found';
  if (actor.role === 'owner' && subject.role !== 'patient' && subject.isDentist) return 'allowed';
  return 'forbidden';
}

const DAY_MS = 86_400_000;

/** What a feed shows: a month back (to look up a recent visit) and a year ahead. */
export const CALENDAR_FEED_WINDOW = { pastDays: 30, futureDays: 366 } as const;

/** How long a cancelled visit stays in a feed, marked cancelled, so subscribers remove it. */
export const CANCELLED_KEPT_IN_FEED_DAYS = 14;

/** How often subscribers are asked to fetch a feed again, in minutes. */
export const CALENDAR_FEED_REFRESH_MINUTES = 60;

/** The instants a feed covers at `now`: visits starting within them are shown. */
export function calendarFeedWindow(now: number): { from: number; to: number } {
  return {
    from: now - CALENDAR_FEED_WINDOW.pastDays * DAY_MS,
    to: now + CALENDAR_FEED_WINDOW.futureDays * DAY_MS,
  };
}

/**
 * How a visit shows in a calendar: a request not yet confirmed is tentative, a cancellation
 * cancelled, everything else (confirmed, and what a confirmed visit became) confirmed.
 */
export function calendarStatusOf(status: AppointmentStatus): CalendarEventStatus {
  if (status === 'pending') return 'TENTATIVE';
  if (status === 'cancelled') return 'CANCELLED';
  return 'CONFIRMED';
}

/**
 * Whether a visit in the window goes into a feed: every one but a cancellation older than
 * CANCELLED_KEPT_IN_FEED_DAYS (by its last change). A subscriber that saw it before learns it
 * is cancelled; one that never did is not shown a cancellation for ever.
 */
export function isShownInFeed(
  visit: { status: AppointmentStatus; updatedAt: number },
  now: number,
): boolean {
  if (visit.status !== 'cancelled') return true;
  return now - visit.updatedAt <= CANCELLED_KEPT_IN_FEED_DAYS * DAY_MS;
}

/**
 * The event's UID, the same in every email and feed for the life of the appointment: its id
 * at the clinic's domain (RFC 5545 §3.8.4.7 asks for a globally unique one).
 */
export function appointmentEventUid(appointmentId: number, domain: string): string {
  return `appointment-${appointmentId}@${domain}`;
}
