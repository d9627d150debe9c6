import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import {
  needsDentistToConfirm,
  offeredTransitions,
  primaryStatusAction,
  statusActionLabel,
} from './status-actions';

const clock = { today: '2026-11-25', now: Date.parse('2026-11-25T10:00:00Z'), zone: 'UTC' };

describe('offeredTransitions', () => {
  it('offers reinstating only while the visit is still ahead', () => {
    const cancelled = { status: 'cancelled' as const, date: '2026-11-25', time: '11:00' };
    expect(offeredTransitions(cancelled, clock)).toEqual(['pending', 'confirmed']);
    expect(offeredTransitions({ ...cancelled, time: '09:00' }, clock)).toEqual([]);
  });

  it('offers the outcome of a visit once its day has come', () => {
    const confirmed = { status: 'confirmed' as const, date: '2026-11-25', time: '09:00' };
    expect(offeredTransitions(confirmed, clock)).toContain('completed');
    expect(offeredTransitions({ ...confirmed, date: '2026-11-26' }, clock)).not.toContain(
      'completed',
    );
  });
});

describe('primaryStatusAction', () => {
  it('confirms a request and completes a visit whose day has come', () => {
    expect(primaryStatusAction('pending', ['confirmed', 'cancelled'])).toBe('confirmed');
    expect(primaryStatusAction('confirmed', ['completed', 'cancelled'])).toBe('completed');
    expect(primaryStatusAction('confirmed', ['cancelled', 'pending'])).toBeUndefined();
  });

  it('checks in, seats and completes on the visit’s day', () => {
    expect(primaryStatusAction('confirmed', ['arrived', 'completed', 'no_show'])).toBe('arrived');
    expect(primaryStatusAction('arrived', ['in_chair', 'completed', 'cancelled'])).toBe('in_chair');
    expect(primaryStatusAction('in_chair', ['completed', 'arrived'])).toBe('completed');
    expect(primaryStatusAction('arrived', ['completed', 'cancelled'])).toBeUndefined();
  });
});

describe('statusActionLabel', () => {
  it('calls bringing back a cancelled visit reinstating', () => {
    expect(statusActionLabel('cancelled', 'confirmed')).toBe('Reinstate');
    expect(statusActionLabel('pending', 'cancelled')).toBe('Cancel');
  });

  it('names the day’s steps and their undoing', () => {
    expect(statusActionLabel('confirmed', 'arrived')).toBe('Check in');
    expect(statusActionLabel('arrived', 'in_chair')).toBe('Seat');
    expect(statusActionLabel('arrived', 'confirmed')).toBe('Undo check-in');
    expect(statusActionLabel('in_chair', 'arrived')).toBe('Undo seating');
  });
});

describe('statusActionLabel in the reader’s language', () => {
  afterEach(() => i18n.changeLanguage('en'));

  it('words the buttons in German', async () => {
    await i18n.changeLanguage('de');
    expect(statusActionLabel('cancelled', 'confirmed')).toBe('Wiederherstellen');
    expect(statusActionLabel('pending', 'confirmed')).toBe('Bestätigen');
  });
});

describe('needsDentistToConfirm', () => {
  it('asks who before confirming a visit without a dentist, and only then', () => {
    expect(needsDentistToConfirm({ dentist: null }, 'confirmed')).toBe(true);
    expect(needsDentistToConfirm({ dentist: 3 }, 'confirmed')).toBe(false);
    expect(needsDentistToConfirm({ dentist: null }, 'cancelled')).toBe(false);
  });
});
