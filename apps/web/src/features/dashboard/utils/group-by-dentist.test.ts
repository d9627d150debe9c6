import { describe, expect, it } from 'vitest';
import type { Appointment } from '../../../types/api';
import { groupByDentist } from './group-by-dentist';

const base: Appointment = {
  id: 1,
  patient: 4,
  patientName: 'Ana Lima',
  patientEmail: 'ana@example.com',
  dentist: 2,
  dentistName: 'Dr. Sam Reed',
  service: null,
  serviceName: null,
  date: '2026-12-02',
  time: '09:30',
  durationMinutes: 30,
  endTime: '10:00',
  status: 'confirmed',
  notes: '',
  createdAt: '2026-11-25T10:00:00.000Z',
  updatedAt: '2026-11-25T10:00:00.000Z',
};

function visit(id: number, time: string, dentist: number | null, dentistName: string | null) {
  return { ...base, id, time, dentist, dentistName };
}

describe('groupByDentist', () => {
  it('puts dentists in name order and the unassigned visits last', () => {
    const groups = groupByDentist([
      visit(1, '08:00', null, null),
      visit(2, '09:00', 2, 'Dr. Sam Reed'),
      visit(3, '10:00', 5, 'Dr. Ana Diaz'),
    ]);
    expect(groups.map((group) => group.dentistName)).toEqual([
      'Dr. Ana Diaz',
      'Dr. Sam Reed',
      null,
    ]);
  });

  it('keeps each dentist’s visits in time order', () => {
    const [reed] = groupByDentist([
      visit(7, '11:00', 2, 'Dr. Sam Reed'),
      visit(8, '09:00', 2, 'Dr. Sam Reed'),
      visit(6, '09:00', 2, 'Dr. Sam Reed'),
    ]);
    expect(reed?.appointments.map((appointment) => appointment.id)).toEqual([6, 8, 7]);
  });

  it('tells two dentists of the same name apart', () => {
    const groups = groupByDentist([
      visit(1, '09:00', 3, 'Dr. Lee'),
      visit(2, '09:00', 9, 'Dr. Lee'),
    ]);
    expect(groups.map((group) => group.dentistId)).toEqual([3, 9]);
  });

  it('has no groups on an empty day', () => {
    expect(groupByDentist([])).toEqual([]);
  });
});
