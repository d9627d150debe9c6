import { describe, expect, it } from 'vitest';
import { appointmentFixture } from '../../appointments/testing';
import { buildDayBoard } from './day-board';

const NOW = Date.parse('2026-11-25T10:20:00Z');
const visit = appointmentFixture;

describe('buildDayBoard', () => {
  it('puts each dentist’s visits in time order, dentists by name, the unassigned last', () => {
    const board = buildDayBoard(
      [
        visit({ id: 1, time: '11:00', dentist: 2, dentistName: 'Dr. Sam Reed' }),
        visit({ id: 2, time: '09:00', dentist: null, dentistName: null }),
        visit({ id: 3, time: '09:30', dentist: 5, dentistName: 'Dr. Ana Bell' }),
        visit({ id: 4, time: '09:00', dentist: 2, dentistName: 'Dr. Sam Reed' }),
      ],
      NOW,
      'UTC',
    );
    expect(board.map((c) => [c.dentistName, c.visits.map((v) => v.appointment.id)])).toEqual([
      ['Dr. Ana Bell', [3]],
      ['Dr. Sam Reed', [4, 1]],
      [null, [2]],
    ]);
  });

  it('leaves cancelled visits off the board', () => {
    const board = buildDayBoard([visit({ status: 'cancelled' })], NOW, 'UTC');
    expect(board).toEqual([]);
  });

  it('marks a confirmed patient late past the start and its grace, not before or once here', () => {
    const [column] = buildDayBoard(
      [
        visit({ id: 1, date: '2026-11-25', time: '10:10', status: 'confirmed' }),
        visit({ id: 2, date: '2026-11-25', time: '10:16', status: 'confirmed' }),
        visit({
          id: 3,
          date: '2026-11-25',
          time: '10:00',
          status: 'arrived',
          arrivedAt: '2026-11-25T10:12:00.000Z',
        }),
      ],
      NOW,
      'UTC',
    );
    expect(column?.visits.map((v) => [v.appointment.id, v.late])).toEqual([
      [3, false],
      [1, true],
      [2, false],
    ]);
  });

  it('counts the wait since check-in, and stops it at the chair', () => {
    const [column] = buildDayBoard(
      [
        visit({
          id: 1,
          date: '2026-11-25',
          time: '09:00',
          status: 'arrived',
          arrivedAt: '2026-11-25T10:08:30.000Z',
        }),
        visit({
          id: 2,
          date: '2026-11-25',
          time: '09:30',
          status: 'in_chair',
          arrivedAt: '2026-11-25T09:20:00.000Z',
          seatedAt: '2026-11-25T09:35:00.000Z',
        }),
        visit({ id: 3, time: '10:00', status: 'confirmed' }),
      ],
      NOW,
      'UTC',
    );
    expect(column?.visits.map((v) => v.waitedMinutes)).toEqual([11, 15, null]);
  });
});
