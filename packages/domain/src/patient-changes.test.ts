import { describe, expect, it } from 'vitest';
import { APPOINTMENT_STATUSES } from './appointment-status.ts';
import {
  checkPatientChange,
  classifyPatientChange,
  isValidPatientChangeCutoff,
  patientChangeDeadline,
  statusAfterPatientMove,
} from './patient-changes.ts';

const HOUR = 3_600_000;
const STARTS_AT = Date.parse('2026-12-02T09:30:00Z');

describe('checkPatientChange', () => {
  const at = (now: number, cutoffHours = 24) =>
    checkPatientChange({
      status: 'confirmed',
      startsAt: STARTS_AT,
      now,
      cutoffHours,
      change: 'move',
    });

  it('allows a change at exactly the cut-off, and refuses it one millisecond later', () => {
    const deadline = STARTS_AT - 24 * HOUR;
    expect(patientChangeDeadline(STARTS_AT, 24)).toBe(deadline);
    expect(at(deadline)).toEqual({ allowed: true });
    const late = at(deadline + 1);
    expect(late).toMatchObject({ allowed: false, code: 'too_late' });
    expect(!late.allowed && late.reason).toContain('less than 24 hours');
    expect(!late.allowed && late.reason).toContain('phone the clinic');
  });

  it('allows a change well before the cut-off', () => {
    expect(at(STARTS_AT - 25 * HOUR)).toEqual({ allowed: true });
  });

  it('with no cut-off, allows a change until the start itself and not after', () => {
    expect(at(STARTS_AT, 0)).toEqual({ allowed: true });
    const started = at(STARTS_AT + 1, 0);
    expect(started).toMatchObject({ allowed: false, code: 'too_late' });
    expect(!started.allowed && started.reason).toContain('has started');
  });

  it('speaks of one hour in the singular', () => {
    const late = at(STARTS_AT - 30 * 60_000, 1);
    expect(!late.allowed && late.reason).toContain('less than 1 hour:');
  });

  it('lets a pending request and a confirmed visit be cancelled or moved', () => {
    for (const status of ['pending', 'confirmed'] as const) {
      for (const change of ['cancel', 'move'] as const) {
        expect(
          checkPatientChange({ status, startsAt: STARTS_AT, now: 0, cutoffHours: 24, change }),
        ).toEqual({ allowed: true });
      }
    }
  });

  it('refuses every other status, whenever it is asked', () => {
    const others = APPOINTMENT_STATUSES.filter((s) => s !== 'pending' && s !== 'confirmed');
    expect(others).toEqual(['arrived', 'in_chair', 'completed', 'cancelled', 'no_show']);
    for (const status of others) {
      const check = checkPatientChange({
        status,
        startsAt: STARTS_AT,
        now: 0,
        cutoffHours: 24,
        change: 'cancel',
      });
      expect(check).toMatchObject({ allowed: false, code: 'invalid_transition' });
    }
  });

  it('says a finished visit cannot change before saying it is too late', () => {
    const check = checkPatientChange({
      status: 'completed',
      startsAt: STARTS_AT,
      now: STARTS_AT + HOUR,
      cutoffHours: 24,
      change: 'move',
    });
    expect(check).toMatchObject({ allowed: false, code: 'invalid_transition' });
    expect(!check.allowed && check.reason).toContain('moved online; this one is completed');
  });
});

describe('statusAfterPatientMove', () => {
  it('keeps a request pending', () => {
    expect(statusAfterPatientMove('pending', { moveConfirmedDirectly: true }, 3)).toBe('pending');
    expect(statusAfterPatientMove('pending', { moveConfirmedDirectly: false }, 3)).toBe('pending');
  });

  it('asks the clinic again about a moved confirmed visit, by default', () => {
    expect(statusAfterPatientMove('confirmed', { moveConfirmedDirectly: false }, 3)).toBe(
      'pending',
    );
  });

  it('keeps it confirmed where the clinic allows it and a dentist holds the time', () => {
    expect(statusAfterPatientMove('confirmed', { moveConfirmedDirectly: true }, 3)).toBe(
      'confirmed',
    );
    expect(statusAfterPatientMove('confirmed', { moveConfirmedDirectly: true }, null)).toBe(
      'pending',
    );
  });
});

describe('classifyPatientChange', () => {
  it('reads a cancellation, with or without a reason', () => {
    expect(classifyPatientChange({ status: 'cancelled' }, 3)).toEqual({
      ok: true,
      change: 'cancel',
    });
    expect(classifyPatientChange({ status: 'cancelled', reason: 'Flu' }, 3)).toEqual({
      ok: true,
      change: 'cancel',
    });
  });

  it('reads a move, keeping the dentist or asking for any', () => {
    const move = { date: '2026-12-03', time: '10:00' };
    expect(classifyPatientChange(move, 3)).toEqual({ ok: true, change: 'move', dentist: 'keep' });
    expect(classifyPatientChange({ ...move, dentist: 3, reason: 'Work' }, 3)).toEqual({
      ok: true,
      change: 'move',
      dentist: 'keep',
    });
    expect(classifyPatientChange({ ...move, dentist: null }, 3)).toEqual({
      ok: true,
      change: 'move',
      dentist: 'any',
    });
  });

  it('forbids any other status', () => {
    for (const status of ['confirmed', 'pending', 'completed'] as const) {
      expect(classifyPatientChange({ status }, 3)).toMatchObject({
        ok: false,
        refusal: 'forbidden',
        field: 'status',
      });
    }
  });

  it('forbids the fields only the clinic changes, in a move or a cancellation', () => {
    for (const field of ['notes', 'service', 'duration_minutes', 'override_availability']) {
      expect(
        classifyPatientChange({ date: '2026-12-03', time: '10:00', [field]: 1 }, 3),
      ).toMatchObject({ ok: false, refusal: 'forbidden', field });
      expect(classifyPatientChange({ status: 'cancelled', [field]: 1 }, 3)).toMatchObject({
        ok: false,
        refusal: 'forbidden',
        field,
      });
    }
  });

  it('forbids a cancellation that also moves the visit', () => {
    expect(classifyPatientChange({ status: 'cancelled', date: '2026-12-03' }, 3)).toMatchObject({
      ok: false,
      refusal: 'forbidden',
      field: 'date',
    });
  });

  it('forbids choosing another dentist by name', () => {
    expect(
      classifyPatientChange({ date: '2026-12-03', time: '10:00', dentist: 4 }, 3),
    ).toMatchObject({ ok: false, refusal: 'forbidden', field: 'dentist' });
  });

  it('asks for both the date and the time of a move, and for something at all', () => {
    expect(classifyPatientChange({ date: '2026-12-03' }, 3)).toMatchObject({
      ok: false,
      refusal: 'invalid',
      field: 'time',
    });
    expect(classifyPatientChange({ time: '10:00' }, 3)).toMatchObject({
      ok: false,
      refusal: 'invalid',
      field: 'date',
    });
    expect(classifyPatientChange({ reason: 'Just because' }, 3)).toMatchObject({
      ok: false,
      refusal: 'invalid',
    });
  });

  it('ignores fields sent as undefined', () => {
    expect(classifyPatientChange({ status: 'cancelled', notes: undefined }, 3)).toEqual({
      ok: true,
      change: 'cancel',
    });
  });
});

describe('isValidPatientChangeCutoff', () => {
  it('accepts whole hours from 0 to 720', () => {
    expect([0, 24, 720].map(isValidPatientChangeCutoff)).toEqual([true, true, true]);
    expect([-1, 721, 1.5].map(isValidPatientChangeCutoff)).toEqual([false, false, false]);
  });
});
