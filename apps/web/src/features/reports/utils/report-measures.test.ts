import { describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import type { ReportRow } from '../../../types/api';
import { reportMeasures } from './report-measures';

const row: ReportRow = {
  dentist: 4,
  dentistName: 'Dr Ada Lovelace',
  appointments: 10,
  pending: 1,
  confirmed: 2,
  arrived: 0,
  inChair: 0,
  completed: 3,
  cancelled: 3,
  noShow: 1,
  bookedMinutes: 210,
  utilisation: 0.4375,
  noShowRate: 0.25,
  cancellationRate: 0.3,
  waitedVisits: 3,
  waitingMedianMinutes: 7.5,
  waitingMeanMinutes: 9,
  arrivedVisits: 4,
  onTimeRate: 0.75,
};

const figures = (line: ReportRow, language = 'en', locale = 'en-GB') =>
  Object.fromEntries(
    reportMeasures(i18n.getFixedT(language, 'reports'), locale).map((measure) => [
      measure.label,
      measure.value(line),
    ]),
  );

describe('reportMeasures', () => {
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
      'Median wait': '7.5 min',
      'Mean wait': '9 min',
      'On time': '75%',
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
      waitingMedianMinutes: null,
      onTimeRate: null,
    });
    expect(unassigned['Median wait']).toBe('—');
    expect(unassigned['On time']).toBe('—');
    expect(unassigned.Utilisation).toBe('—');
    expect(unassigned['No-show rate']).toBe('—');
    expect(unassigned['Cancellation rate']).toBe('—');
  });

  it('names and writes the figures in the reader’s language', async () => {
    await i18n.loadLanguages('es');
    const spanish = Object.entries(figures(row, 'es', 'es-ES')).map(([label, text]) => [
      label,
      // Spanish puts a no-break space, of a width that varies between versions of the Unicode
      // data, before the percent sign.
      text.replace(/\s/g, ' '),
    ]);
    expect(Object.fromEntries(spanish)).toEqual({
      Citas: '10',
      Realizadas: '3',
      Ausencias: '1',
      Canceladas: '3',
      'Horas reservadas': '3,5 h',
      Ocupación: '43,8 %',
      'Tasa de ausencias': '25 %',
      'Tasa de cancelación': '30 %',
      'Espera mediana': '7,5 min',
      'Espera media': '9 min',
      Puntualidad: '75 %',
    });
  });
});
