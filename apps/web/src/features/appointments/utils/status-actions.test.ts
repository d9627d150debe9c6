import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import { offeredTransitions, primaryStatusAction, statusActionLabel } from './status-actions';

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
});

describe('statusActionLabel', () => {
  it('calls bringing back a cancelled visit reinstating', () => {
    expect(statusActionLabel('cancelled', 'confirmed')).toBe('Reinstate');
    expect(statusActionLabel('pending', 'cancelled')).toBe('Cancel');
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
