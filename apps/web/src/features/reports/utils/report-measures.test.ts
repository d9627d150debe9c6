import { describe, expect, it } from 'vitest';
import type { ReportRow } from '../../../types/api';
import { REPORT_MEASURES } from './report-measures';

const row: ReportRow = {
  dentist: 4,
  dentistName: 'Dr Ada Lovelace',
  appointments: 10,
  pending: 1,
  confirmed: 2,
  completed: 3,
  cancelled: 3,
  noShow: 1,
  bookedMinutes: 210,
  utilisation: 0.4375,
  noShowRate: 0.25,
  cancellationRate: 0.3,
};

const figures = (line: ReportRow) =>
  Object.fromEntries(REPORT_MEASURES.map((measure) => [measure.label, measure.value(line)]));

describe('REPORT_MEASURES', () => {
  it('reads a line as counts, hours and percentages, in the order they are shown', () => {
    expect(figures(row)).toEqual({
      Appointments: '10',
      Completed: '3',
      'No-shows': '1',
      Cancelled: '3',
      'Booked hours': '3.5 h',
      Utilisation: '43.8%',
      'No-show rate': '25%',
      'Cancellation rate': '30%',
    });
  });

  it('shows a dash for each rate that does not apply', () => {
    const unassigned = figures({
      ...row,
      dentist: null,
      dentistName: null,
      utilisation: null,
      noShowRate: null,
      cancellationRate: null,
    });
    expect(unassigned.Utilisation).toBe('—');
    expect(unassigned['No-show rate']).toBe('—');
    expect(unassigned['Cancellation rate']).toBe('—');
  });
});
