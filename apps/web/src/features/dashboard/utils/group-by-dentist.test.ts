import { describe, expect, it } from 'vitest';
import { appointmentFixture } from '../../appointments/testing';
import { groupByDentist } from './group-by-dentist';

const base = appointmentFixture({
  id: 1,
  service: null,
  serviceName: null,
  status: 'confirmed',
});

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
