import { describe, expect, it } from 'vitest';
import { APPOINTMENT_STATUSES, isActiveStatus } from './appointment-status.ts';
import { isUpcomingVisit } from './patient-visits.ts';

describe('isUpcomingVisit', () => {
  const now = { date: '2026-12-02', time: '12:00' };
  const tomorrow = { date: '2026-12-03', time: '09:00', endTime: '09:30' };

  it('keeps requests and confirmed visits to come upcoming', () => {
    expect(isUpcomingVisit({ ...tomorrow, status: 'pending' }, now)).toBe(true);
    expect(isUpcomingVisit({ ...tomorrow, status: 'confirmed' }, now)).toBe(true);
  });

  it('moves a declined or cancelled visit out of upcoming, even before its day', () => {
    expect(isUpcomingVisit({ ...tomorrow, status: 'cancelled' }, now)).toBe(false);
  });

  it('moves a visit that has ended out of upcoming, whatever its status', () => {
    const yesterday = { date: '2026-12-01', time: '09:00', endTime: '09:30' };
    for (const status of APPOINTMENT_STATUSES) {
      expect(isUpcomingVisit({ ...yesterday, status }, now)).toBe(false);
    }
  });

  it('follows the workflow’s active statuses for visits to come', () => {
    for (const status of APPOINTMENT_STATUSES) {
      const upcoming = isUpcomingVisit({ ...tomorrow, status }, now);
      expect(upcoming).toBe(isActiveStatus(status));
    }
  });
});
