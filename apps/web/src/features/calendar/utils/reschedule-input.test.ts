import { describe, expect, it } from 'vitest';
import { appointmentFixture } from '../../appointments/testing';
import { rescheduleInput } from './reschedule-input';

const base = appointmentFixture({ status: 'confirmed' });

describe('rescheduleInput', () => {
  it('sends the new day and time of a drop, and nothing else', () => {
    expect(
      rescheduleInput(base, {
        start: new Date('2026-12-03T11:00:00Z'),
        end: new Date('2026-12-03T11:30:00Z'),
      }),
    ).toEqual({ date: '2026-12-03', time: '11:00' });
  });

  it('sends the new length of a resize', () => {
    expect(
      rescheduleInput(base, {
        start: new Date('2026-12-02T09:30:00Z'),
        end: new Date('2026-12-02T10:45:00Z'),
      }),
    ).toEqual({ durationMinutes: 75 });
  });

  it('sends nothing when the visit was dropped where it was', () => {
    expect(
      rescheduleInput(base, {
        start: new Date('2026-12-02T09:30:00Z'),
        end: new Date('2026-12-02T10:00:00Z'),
      }),
    ).toBeNull();
    expect(
      rescheduleInput(base, { start: new Date('2026-12-02T09:30:00Z'), end: null }),
    ).toBeNull();
  });
});
