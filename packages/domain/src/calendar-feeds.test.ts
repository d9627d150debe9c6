import { describe, expect, it } from 'vitest';
import {
  appointmentEventUid,
  CANCELLED_KEPT_IN_FEED_DAYS,
  calendarFeedAccess,
  calendarFeedKind,
  calendarFeedWindow,
  calendarStatusOf,
  isShownInFeed,
} from './calendar-feeds.ts';

const DAY = 86_400_000;
const person = (overrides: Partial<Parameters<typeof calendarFeedKind>[0]> = {}) => ({
  id: 1,
  role: 'patient' as const,
  isDentist: false,
  isActive: true,
  ...overrides,
});

describe('calendarFeedKind', () => {
  it('gives patients and dentists a feed, and nobody else', () => {
    expect(calendarFeedKind(person())).toBe('patient');
    expect(calendarFeedKind(person({ role: 'staff', isDentist: true }))).toBe('dentist');
    expect(calendarFeedKind(person({ role: 'owner', isDentist: true }))).toBe('dentist');
    expect(calendarFeedKind(person({ role: 'staff' }))).toBeNull();
    expect(calendarFeedKind(person({ role: 'owner' }))).toBeNull();
  });

  it('gives none to an inactive or closed account', () => {
    expect(calendarFeedKind(person({ isActive: false }))).toBeNull();
    expect(calendarFeedKind(person({ closedAt: 5 }))).toBeNull();
    expect(
      calendarFeedKind(person({ role: 'staff', isDentist: true, isActive: false })),
    ).toBeNull();
  });
});

describe('calendarFeedAccess', () => {
  const patient = { id: 1, role: 'patient' as const };
  const receptionist = { id: 2, role: 'staff' as const };
  const owner = { id: 3, role: 'owner' as const };
  const dentist = person({ id: 4, role: 'staff', isDentist: true });

  it('lets everyone manage their own', () => {
    expect(calendarFeedAccess(patient, person({ id: 1 }))).toBe('allowed');
    expect(calendarFeedAccess({ id: 4, role: 'staff' }, dentist)).toBe('allowed');
  });

  it('lets the owner manage any dentist’s, and no patient’s', () => {
    expect(calendarFeedAccess(owner, dentist)).toBe('allowed');
    expect(calendarFeedAccess(owner, person({ id: 9 }))).toBe('forbidden');
    expect(calendarFeedAccess(owner, person({ id: 9, role: 'staff' }))).toBe('forbidden');
  });

  it('refuses staff others’ feeds, and hides everyone else’s from a patient', () => {
    expect(calendarFeedAccess(receptionist, dentist)).toBe('forbidden');
    expect(calendarFeedAccess(patient, dentist)).toBe('not_found');
    expect(calendarFeedAccess(patient, person({ id: 7 }))).toBe('not_found');
  });
});

describe('what a feed shows', () => {
  it('covers 30 days back and a year ahead', () => {
    expect(calendarFeedWindow(1000 * DAY)).toEqual({ from: 970 * DAY, to: 1366 * DAY });
  });

  it('maps each status to a calendar status', () => {
    expect(calendarStatusOf('pending')).toBe('TENTATIVE');
    expect(calendarStatusOf('cancelled')).toBe('CANCELLED');
    for (const status of ['confirmed', 'arrived', 'in_chair', 'completed', 'no_show'] as const) {
      expect(calendarStatusOf(status)).toBe('CONFIRMED');
    }
  });

  it('keeps a cancellation for a fortnight after it, then leaves it out', () => {
    const now = 100 * DAY;
    const cancelledAt = now - CANCELLED_KEPT_IN_FEED_DAYS * DAY;
    expect(isShownInFeed({ status: 'cancelled', updatedAt: cancelledAt }, now)).toBe(true);
    expect(isShownInFeed({ status: 'cancelled', updatedAt: cancelledAt - 1 }, now)).toBe(false);
    expect(isShownInFeed({ status: 'confirmed', updatedAt: 0 }, now)).toBe(true);
  });

  it('names each appointment’s event by its id at the clinic’s domain', () => {
    expect(appointmentEventUid(42, 'clinic.example')).toBe('appointment-42@clinic.example');
  });
});
