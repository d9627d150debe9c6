import { describe, expect, it } from 'vitest';
import type { Appointment } from '../../../types/api';
import { rescheduleInput } from './reschedule-input';

const base: Appointment = {
  id: 17,
  patient: 4,
  patientName: 'Ana Lima',
  patientEmail: 'ana@example.com',
  dentist: 2,
  dentistName: 'Dr. Sam Reed',
  service: 1,
  serviceName: 'Check-up',
  date: '2026-12-02',
  time: '09:30',
  durationMinutes: 30,
  endTime: '10:00',
  status: 'confirmed',
  notes: '',
  createdAt: '2026-11-25T10:00:00.000Z',
  updatedAt: '2026-11-25T10:00:00.000Z',
};

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
