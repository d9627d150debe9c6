import { describe, expect, it } from 'vitest';
import { APPOINTMENT_STATUSES } from './appointment-status.ts';
import {
  checkAttendance,
  clinicTomorrow,
  firstName,
  mayRecordAttendance,
  patientConfirmationAfter,
  visitAnswerOptions,
  visitLinkState,
} from './visit-answers.ts';

const HOUR = 3_600_000;
const STARTS_AT = Date.parse('2026-12-02T09:30:00Z');
const CONFIRMED_AT = Date.parse('2026-12-01T08:00:00Z');

describe('patientConfirmationAfter', () => {
  const before = { startsAt: STARTS_AT, patientConfirmedAt: CONFIRMED_AT };

  it('keeps the confirmation while the visit keeps its start', () => {
    for (const status of APPOINTMENT_STATUSES.filter((s) => s !== 'cancelled')) {
      expect(patientConfirmationAfter(before, { startsAt: STARTS_AT, status }), status).toBe(
        CONFIRMED_AT,
      );
    }
  });

  it('clears it when the visit moves to another time, even by a minute', () => {
    expect(
      patientConfirmationAfter(before, { startsAt: STARTS_AT + 60_000, status: 'confirmed' }),
    ).toBeNull();
    expect(
      patientConfirmationAfter(before, { startsAt: STARTS_AT - HOUR, status: 'pending' }),
    ).toBeNull();
  });

  it('clears it when the visit is cancelled, so a reinstated visit asks again', () => {
    expect(
      patientConfirmationAfter(before, { startsAt: STARTS_AT, status: 'cancelled' }),
    ).toBeNull();
  });

  it('leaves an unconfirmed visit unconfirmed', () => {
    expect(
      patientConfirmationAfter(
        { startsAt: STARTS_AT, patientConfirmedAt: null },
        { startsAt: STARTS_AT, status: 'confirmed' },
      ),
    ).toBeNull();
  });
});

describe('checkAttendance', () => {
  it('accepts a pending or confirmed visit until its start, not at it', () => {
    for (const status of ['pending', 'confirmed'] as const) {
      expect(checkAttendance({ status, startsAt: STARTS_AT, now: STARTS_AT - 1 })).toEqual({
        allowed: true,
      });
      expect(checkAttendance({ status, startsAt: STARTS_AT, now: STARTS_AT })).toMatchObject({
        allowed: false,
        code: 'too_late',
      });
    }
  });

  it('refuses a visit that is no longer pending or confirmed, whatever the time', () => {
    for (const status of APPOINTMENT_STATUSES.filter((s) => s !== 'pending' && s !== 'confirmed')) {
      const check = checkAttendance({ status, startsAt: STARTS_AT, now: STARTS_AT - 48 * HOUR });
      expect(check, status).toMatchObject({ allowed: false, code: 'invalid_transition' });
    }
  });

  it('lets the team record a confirmation of a pending or confirmed visit only', () => {
    expect(APPOINTMENT_STATUSES.filter(mayRecordAttendance)).toEqual(['pending', 'confirmed']);
  });
});

describe('visitAnswerOptions', () => {
  const visit = { status: 'confirmed' as const, startsAt: STARTS_AT };

  it('offers both answers before the cut-off, that instant included', () => {
    expect(visitAnswerOptions(visit, STARTS_AT - 24 * HOUR, 24)).toEqual({
      attend: 'open',
      cancel: 'open',
    });
  });

  it('after the cut-off still takes "I will be there", and sends a cancellation to the phone', () => {
    expect(visitAnswerOptions(visit, STARTS_AT - 24 * HOUR + 1, 24)).toEqual({
      attend: 'open',
      cancel: 'too_late',
    });
  });

  it('takes no answer from the start on', () => {
    expect(visitAnswerOptions(visit, STARTS_AT, 0)).toEqual({
      attend: 'too_late',
      cancel: 'open',
    });
    expect(visitAnswerOptions(visit, STARTS_AT + 1, 0)).toEqual({
      attend: 'too_late',
      cancel: 'too_late',
    });
  });

  it('closes both for a visit cancelled or over', () => {
    for (const status of ['cancelled', 'completed', 'arrived'] as const) {
      expect(
        visitAnswerOptions({ status, startsAt: STARTS_AT }, STARTS_AT - 72 * HOUR, 24),
      ).toEqual({ attend: 'closed', cancel: 'closed' });
    }
  });
});

describe('visitLinkState', () => {
  const link = { patientId: 7, expiresAt: STARTS_AT, usedAt: null };
  const visit = { patientId: 7, startsAt: STARTS_AT };
  const before = STARTS_AT - HOUR;

  it('is valid for its visit, its patient and its start, until that start', () => {
    expect(visitLinkState(link, visit, before)).toBe('valid');
    expect(visitLinkState(link, visit, STARTS_AT - 1)).toBe('valid');
    expect(visitLinkState(link, visit, STARTS_AT)).toBe('expired');
  });

  it('is unknown without a link, without its visit, or for another patient', () => {
    expect(visitLinkState(undefined, visit, before)).toBe('unknown');
    expect(visitLinkState(link, undefined, before)).toBe('unknown');
    expect(visitLinkState(link, { ...visit, patientId: 8 }, before)).toBe('unknown');
  });

  it('is used once answered, even after it expired', () => {
    const used = { ...link, usedAt: before };
    expect(visitLinkState(used, visit, before)).toBe('used');
    expect(visitLinkState(used, visit, STARTS_AT + HOUR)).toBe('used');
  });

  it('dies when its visit moves, earlier or later', () => {
    expect(visitLinkState(link, { ...visit, startsAt: STARTS_AT + HOUR }, before)).toBe('moved');
    expect(
      visitLinkState(link, { ...visit, startsAt: STARTS_AT - 2 * HOUR }, before - 2 * HOUR),
    ).toBe('moved');
  });
});

describe('clinicTomorrow', () => {
  it('is the day after the clinic’s today, in its own time zone', () => {
    const lateEvening = Date.parse('2026-11-25T23:30:00Z');
    expect(clinicTomorrow(lateEvening, 'UTC')).toBe('2026-11-26');
    // Already the 26th in Tokyo; in Los Angeles still the afternoon of the 25th.
    expect(clinicTomorrow(lateEvening, 'Asia/Tokyo')).toBe('2026-11-27');
    expect(clinicTomorrow(lateEvening, 'America/Los_Angeles')).toBe('2026-11-26');
  });

  it('crosses months and years', () => {
    expect(clinicTomorrow(Date.parse('2026-12-31T10:00:00Z'), 'Europe/Lisbon')).toBe('2027-01-01');
  });
});

describe('firstName', () => {
  it('is the first word of the name', () => {
    expect(firstName('  Ana  Lima ')).toBe('Ana');
    expect(firstName('Leo')).toBe('Leo');
  });
});
