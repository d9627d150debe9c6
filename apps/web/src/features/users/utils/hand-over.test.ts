import { describe, expect, it } from 'vitest';
import { handOverRequest, LEAVE_THEM, leftBehind } from './hand-over';

describe('handOverRequest', () => {
  it('sends nothing when the visits stay', () => {
    expect(handOverRequest(LEAVE_THEM)).toBeNull();
  });

  it('asks for the dentist to take the visits, then sends their id', () => {
    expect(handOverRequest({ action: 'reassign', to: null, reason: '' })).toEqual({
      missing: 'to',
    });
    expect(handOverRequest({ action: 'reassign', to: '7', reason: '' })).toEqual({
      body: { action: 'reassign', to: 7 },
    });
  });

  it('asks for a reason to cancel, trimmed', () => {
    expect(handOverRequest({ action: 'cancel', to: null, reason: '  ' })).toEqual({
      missing: 'reason',
    });
    expect(handOverRequest({ action: 'cancel', to: null, reason: ' Left the clinic ' })).toEqual({
      body: { action: 'cancel', reason: 'Left the clinic' },
    });
  });
});

describe('leftBehind', () => {
  it('lists the visits that could not be handed over', () => {
    const failed = [
      { id: 1, patientName: 'Ana', date: '2026-12-02', time: '10:00', code: 'x', detail: 'y' },
    ];
    expect(leftBehind({ action: 'reassign', done: [], failed })).toBe(failed);
    expect(leftBehind(null)).toEqual([]);
  });
});
