import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  APPOINTMENT_STATUSES,
  type AppointmentStatus,
  checkDentistForStatus,
  checkTransition,
  isActiveStatus,
  nextStatuses,
  statusLabel,
  transitionNeedsReason,
} from './appointment-status.ts';

const TODAY = '2026-11-25';
const LATER = '2026-12-02';

describe('checkTransition', () => {
  const allowed: [AppointmentStatus, AppointmentStatus][] = [
    ['pending', 'confirmed'],
    ['pending', 'cancelled'],
    ['confirmed', 'completed'],
    ['confirmed', 'cancelled'],
    ['confirmed', 'no_show'],
    ['confirmed', 'pending'],
    ['confirmed', 'arrived'],
    ['arrived', 'in_chair'],
    ['arrived', 'completed'],
    ['arrived', 'cancelled'],
    ['arrived', 'confirmed'],
    ['in_chair', 'completed'],
    ['in_chair', 'arrived'],
    ['cancelled', 'pending'],
    ['cancelled', 'confirmed'],
  ];
  it.each(allowed)('allows %s → %s on the appointment’s day', (from, to) => {
    expect(checkTransition(from, to, TODAY, TODAY)).toEqual({ allowed: true });
  });

  const refused: [AppointmentStatus, AppointmentStatus][] = [
    ['pending', 'completed'],
    ['pending', 'no_show'],
    ['cancelled', 'completed'],
    ['cancelled', 'no_show'],
    ['completed', 'pending'],
    ['completed', 'confirmed'],
    ['completed', 'cancelled'],
    ['completed', 'no_show'],
    ['no_show', 'pending'],
    ['no_show', 'confirmed'],
    ['no_show', 'cancelled'],
    ['no_show', 'completed'],
    ['pending', 'arrived'],
    ['pending', 'in_chair'],
    ['confirmed', 'in_chair'],
    ['arrived', 'no_show'],
    ['arrived', 'pending'],
    ['in_chair', 'no_show'],
    ['in_chair', 'cancelled'],
    ['in_chair', 'confirmed'],
    ['cancelled', 'arrived'],
    ['completed', 'arrived'],
    ['no_show', 'arrived'],
  ];
  it.each(refused)('refuses %s → %s and names both states', (from, to) => {
    const result = checkTransition(from, to, TODAY, TODAY);
    expect(result.allowed).toBe(false);
    if (!result.allowed) {
      expect(result.reason).toContain(statusLabel(from));
      expect(result.reason).toContain(statusLabel(to));
    }
  });

  it('refuses completed and no-show before the appointment’s day has come', () => {
    expect(checkTransition('confirmed', 'completed', LATER, TODAY).allowed).toBe(false);
    expect(checkTransition('confirmed', 'no_show', LATER, TODAY).allowed).toBe(false);
    expect(checkTransition('confirmed', 'completed', '2026-11-20', TODAY).allowed).toBe(true);
  });

  it('checks in, seats and undoes either only on the visit’s day, a late arrival included', () => {
    for (const [from, to] of [
      ['confirmed', 'arrived'],
      ['arrived', 'in_chair'],
      ['arrived', 'confirmed'],
      ['in_chair', 'arrived'],
    ] as const) {
      expect(checkTransition(from, to, TODAY, TODAY).allowed).toBe(true);
      expect(checkTransition(from, to, LATER, TODAY).allowed).toBe(false);
      const before = checkTransition(from, to, '2026-11-24', TODAY);
      expect(!before.allowed && before.reason).toMatch(/only on the visit’s day/);
    }
  });

  it('completes or cancels an arrived or seated visit on a later day, never before its day', () => {
    expect(checkTransition('in_chair', 'completed', '2026-11-24', TODAY).allowed).toBe(true);
    expect(checkTransition('arrived', 'completed', '2026-11-24', TODAY).allowed).toBe(true);
    expect(checkTransition('arrived', 'cancelled', '2026-11-24', TODAY).allowed).toBe(true);
  });

  it('refuses a no-show for a patient who arrived', () => {
    const result = checkTransition('arrived', 'no_show', TODAY, TODAY);
    expect(!result.allowed && result.reason).toMatch(/arrived appointment to no-show/);
  });

  it('says a final appointment is final', () => {
    const result = checkTransition('completed', 'pending', TODAY, TODAY);
    expect(!result.allowed && result.reason).toMatch(/final/);
  });

  it('agrees with nextStatuses for every pair', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...APPOINTMENT_STATUSES),
        fc.constantFrom(...APPOINTMENT_STATUSES),
        (from, to) => {
          const { allowed } = checkTransition(from, to, TODAY, TODAY);
          expect(allowed).toBe(from === to || nextStatuses(from).includes(to));
        },
      ),
    );
  });

  it('never leaves a final state', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<AppointmentStatus>('completed', 'no_show'),
        fc.constantFrom(...APPOINTMENT_STATUSES),
        (from, to) => {
          fc.pre(from !== to);
          expect(checkTransition(from, to, TODAY, TODAY).allowed).toBe(false);
        },
      ),
    );
  });
});

describe('isActiveStatus', () => {
  it('counts pending, confirmed, arrived and in the chair as holding the slot', () => {
    expect(APPOINTMENT_STATUSES.filter(isActiveStatus)).toEqual([
      'pending',
      'confirmed',
      'arrived',
      'in_chair',
    ]);
  });
});

describe('transitionNeedsReason', () => {
  it('asks why only when an arrived patient leaves before being seen', () => {
    for (const from of APPOINTMENT_STATUSES) {
      for (const to of APPOINTMENT_STATUSES) {
        expect(transitionNeedsReason(from, to)).toBe(from === 'arrived' && to === 'cancelled');
      }
    }
  });
});

describe('checkDentistForStatus', () => {
  it('refuses confirming, checking in or seating without a dentist', () => {
    for (const [from, to] of [
      ['pending', 'confirmed'],
      ['cancelled', 'confirmed'],
      ['confirmed', 'arrived'],
      ['arrived', 'in_chair'],
      [null, 'confirmed'],
    ] as const) {
      const check = checkDentistForStatus({ from, to, dentistBefore: null, dentistAfter: null });
      expect(!check.allowed && check.reason).toMatch(/Choose a dentist/);
      expect(checkDentistForStatus({ from, to, dentistBefore: null, dentistAfter: 4 })).toEqual({
        allowed: true,
      });
    }
  });

  it('refuses taking the dentist off a confirmed, arrived or seated visit', () => {
    for (const status of ['confirmed', 'arrived', 'in_chair'] as const) {
      const check = checkDentistForStatus({
        from: status,
        to: status,
        dentistBefore: 4,
        dentistAfter: null,
      });
      expect(check.allowed).toBe(false);
    }
  });

  it('lets a pending request stay without a dentist, and an older confirmed one be edited', () => {
    expect(
      checkDentistForStatus({ from: null, to: 'pending', dentistBefore: null, dentistAfter: null })
        .allowed,
    ).toBe(true);
    expect(
      checkDentistForStatus({
        from: 'confirmed',
        to: 'confirmed',
        dentistBefore: null,
        dentistAfter: null,
      }).allowed,
    ).toBe(true);
    expect(
      checkDentistForStatus({
        from: 'confirmed',
        to: 'pending',
        dentistBefore: 4,
        dentistAfter: null,
      }).allowed,
    ).toBe(true);
  });
});
