import { describe, expect, it } from 'vitest';
import { patientChangeWindow } from './patient-change-window';

// Wednesday 2 December 2026, 09:30 in Lisbon (UTC+0 in winter).
const visit = { status: 'confirmed' as const, date: '2026-12-02', time: '09:30' };
const clinic = { timezone: 'Europe/Lisbon', patientChangeCutoffHours: 24 };
const deadline = Date.parse('2026-12-01T09:30:00Z');

describe('patientChangeWindow', () => {
  it('is open until exactly the cut-off, and too late one millisecond after', () => {
    expect(patientChangeWindow(visit, clinic, deadline)).toBe('open');
    expect(patientChangeWindow(visit, clinic, deadline + 1)).toBe('too_late');
  });

  it('reads the visit’s time on the clinic’s clock', () => {
    const madrid = { ...clinic, timezone: 'Europe/Madrid' };
    // 09:30 in Madrid is 08:30 UTC: an hour earlier than in Lisbon.
    expect(patientChangeWindow(visit, madrid, deadline - 3_600_000)).toBe('open');
    expect(patientChangeWindow(visit, madrid, deadline - 3_600_000 + 1)).toBe('too_late');
  });

  it('is closed for a visit that is over or cancelled, however early', () => {
    for (const status of ['cancelled', 'completed', 'arrived'] as const) {
      expect(patientChangeWindow({ ...visit, status }, clinic, 0)).toBe('closed');
    }
  });
});
