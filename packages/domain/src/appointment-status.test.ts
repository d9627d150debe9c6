import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  APPOINTMENT_STATUSES,
  type AppointmentStatus,
  checkTransition,
  isActiveStatus,
  nextStatuses,
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
  ];
  it.each(refused)('refuses %s → %s and names both states', (from, to) => {
    const result = checkTransition(from, to, TODAY, TODAY);
    expect(result.allowed).toBe(false);
    if (!result.allowed) {
      expect(result.reason).toContain(from === 'no_show' ? 'no-show' : from);
      expect(result.reason).toContain(to === 'no_show' ? 'no-show' : to);
    }
  });

  it('refuses completed and no-show before the appointment’s day has come', () => {
    expect(checkTransition('confirmed', 'completed', LATER, TODAY).allowed).toBe(false);
    expect(checkTransition('confirmed', 'no_show', LATER, TODAY).allowed).toBe(false);
    expect(checkTransition('confirmed', 'completed', '2026-11-20', TODAY).allowed).toBe(true);
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
  it('counts pending and confirmed as holding the slot', () => {
    expect(APPOINTMENT_STATUSES.filter(isActiveStatus)).toEqual(['pending', 'confirmed']);
  });
});
