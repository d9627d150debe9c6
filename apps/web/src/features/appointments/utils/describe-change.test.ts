import { afterEach, describe, expect, it } from 'vitest';
import { setClinicClock } from '../../../lib/dates';
import { i18n } from '../../../lib/i18n';
import { appointmentFixture } from './appointment.fixture';
import { describeChange } from './describe-change';

const base = appointmentFixture();
const confirmed = { ...base, status: 'confirmed' as const };

describe('describeChange', () => {
  it('names the patient, the day and the new status for the clinic team', () => {
    expect(describeChange({ kind: 'updated', before: base, after: confirmed }, 'team')).toEqual({
      title: 'Appointment confirmed',
      message: 'Appointment for Ana Lima on 2 Dec at 09:30 confirmed.',
    });
  });

  it('speaks to the patient about their own appointment', () => {
    const cancelled = { ...confirmed, status: 'cancelled' as const };
    expect(
      describeChange({ kind: 'updated', before: confirmed, after: cancelled }, 'patient').message,
    ).toBe('Your appointment on 2 Dec at 09:30 was cancelled.');
  });

  it('calls a cancelled appointment coming back a reinstatement', () => {
    const cancelled = { ...confirmed, status: 'cancelled' as const };
    expect(
      describeChange({ kind: 'updated', before: cancelled, after: confirmed }, 'team').message,
    ).toBe('Appointment for Ana Lima on 2 Dec at 09:30 reinstated.');
  });

  it('tells where an appointment moved', () => {
    const moved = { ...confirmed, date: '2026-12-03', time: '10:00' };
    expect(describeChange({ kind: 'updated', before: confirmed, after: moved }, 'team')).toEqual({
      title: 'Appointment moved',
      message: 'Appointment for Ana Lima moved from 2 Dec at 09:30 to 3 Dec at 10:00.',
    });
    expect(
      describeChange({ kind: 'updated', before: confirmed, after: moved }, 'patient').message,
    ).toBe('Your appointment on 2 Dec at 09:30 was moved to 3 Dec at 10:00.');
  });

  it('announces a patient’s request to the team', () => {
    expect(describeChange({ kind: 'created', after: base }, 'team')).toEqual({
      title: 'New appointment request',
      message: 'Appointment for Ana Lima on 2 Dec at 09:30 requested.',
    });
  });

  it('says what it can when the earlier state is unknown', () => {
    expect(
      describeChange({ kind: 'updated', before: undefined, after: confirmed }, 'team').message,
    ).toBe('Appointment for Ana Lima on 2 Dec at 09:30 updated (now confirmed).');
    expect(describeChange({ kind: 'deleted', before: undefined }, 'patient').message).toBe(
      'One of your appointments was removed.',
    );
  });

  it('names a deleted appointment it knew', () => {
    expect(describeChange({ kind: 'deleted', before: confirmed }, 'team').message).toBe(
      'Appointment for Ana Lima on 2 Dec at 09:30 deleted.',
    );
  });
});

describe('describeChange in the reader’s language', () => {
  afterEach(() => i18n.changeLanguage('en'));

  it('tells a Spanish-speaking front desk and patient in whole Spanish sentences', async () => {
    await i18n.changeLanguage('es');
    const notice = describeChange({ kind: 'updated', before: base, after: confirmed }, 'team');
    expect(notice.title).toBe('Cita confirmada');
    expect(notice.message).toMatch(/^Cita de Ana Lima del .+ a las 09:30 confirmada\.$/);
    expect(describeChange({ kind: 'deleted', before: undefined }, 'patient').message).toBe(
      'Se retiró una de sus citas.',
    );
  });
});

describe('describeChange on a 12-hour clinic clock', () => {
  afterEach(() => setClinicClock('24h'));

  it('writes the time as the clinic reads it', () => {
    setClinicClock('12h');
    expect(
      describeChange({ kind: 'updated', before: base, after: confirmed }, 'team').message,
    ).toBe('Appointment for Ana Lima on 2 Dec at 9:30 am confirmed.');
  });
});
