import { describe, expect, it } from 'vitest';
import { setClinicClock } from '../../../lib/dates';
import { i18n } from '../../../lib/i18n';
import { appointmentEntry, otherEntry } from './audit-entry.fixture';
import {
  auditActorName,
  auditAppointmentLabel,
  auditSubjectKind,
  auditSubjectName,
  isAppointmentEntry,
  openableAppointments,
} from './describe-audit-entry';

const t = i18n.getFixedT('en', 'audit');

describe('auditActorName', () => {
  it('names the person, or the system when there was none', () => {
    expect(auditActorName(appointmentEntry(), t)).toBe('Olivia Owner');
    expect(auditActorName(appointmentEntry({ actor: null, actorName: null }), t)).toBe('System');
  });
});

describe('isAppointmentEntry', () => {
  it('is true only for entries that name an appointment', () => {
    expect(isAppointmentEntry(appointmentEntry())).toBe(true);
    expect(isAppointmentEntry(otherEntry('account'))).toBe(false);
    expect(isAppointmentEntry(otherEntry('clinic'))).toBe(false);
  });
});

describe('auditSubjectKind', () => {
  it('says what kind of thing changed', () => {
    expect(auditSubjectKind('appointment', t)).toBe('Appointment');
    expect(auditSubjectKind('account', t)).toBe('Account');
    expect(auditSubjectKind('service', t)).toBe('Service');
    expect(auditSubjectKind('clinic', t)).toBe('Clinic settings');
  });
});

describe('auditSubjectName', () => {
  it('uses the name recorded with the change', () => {
    expect(auditSubjectName(otherEntry('account'), t)).toBe('Stan Staff');
    expect(auditSubjectName(otherEntry('clinic'), t)).toBe('Bright Smile');
  });

  it('falls back to the number, or to nothing for the clinic', () => {
    expect(auditSubjectName(otherEntry('service', { subjectName: null }), t)).toBe('Service #12');
    expect(auditSubjectName(otherEntry('clinic', { subjectName: null }), t)).toBeNull();
  });
});

describe('auditAppointmentLabel', () => {
  it('says whose appointment it is and when', () => {
    const entry = appointmentEntry();
    if (!isAppointmentEntry(entry)) throw new Error('not an appointment entry');
    expect(auditAppointmentLabel(entry, t)).toEqual({
      patient: 'Ana Lima',
      when: 'Wed 2 Dec 2026 at 09:30',
    });
  });

  it('tells the time on the clinic’s 12-hour clock when it keeps one', () => {
    const entry = appointmentEntry({ time: '14:30' });
    if (!isAppointmentEntry(entry)) throw new Error('not an appointment entry');
    setClinicClock('12h');
    try {
      expect(auditAppointmentLabel(entry, t).when).toBe('Wed 2 Dec 2026 at 2:30 pm');
    } finally {
      setClinicClock('24h');
    }
  });

  it('falls back to the appointment number when nothing else is known', () => {
    const entry = appointmentEntry({ patient: null, patientName: null, date: null, time: null });
    if (!isAppointmentEntry(entry)) throw new Error('not an appointment entry');
    expect(auditAppointmentLabel(entry, t)).toEqual({ patient: 'Appointment #7', when: null });
  });
});

describe('openableAppointments', () => {
  it('leaves out appointments deleted on this page, and those whose patient is unknown', () => {
    const entries = [
      appointmentEntry({ id: 'h5', appointment: 7, action: 'deleted' }),
      appointmentEntry({ id: 'h4', appointment: 8, action: 'updated' }),
      appointmentEntry({ id: 'h3', appointment: 7, action: 'updated' }),
      appointmentEntry({ id: 'h2', appointment: 9, patient: null, patientName: null }),
      appointmentEntry({ id: 'h1', appointment: 8 }),
    ];
    expect([...openableAppointments(entries)]).toEqual([8]);
  });

  it('never offers to open an account, a service or the clinic, whatever their number', () => {
    const entries = [
      otherEntry('account', { subjectId: 8 }),
      otherEntry('service', { subjectId: 9, action: 'deleted' }),
      otherEntry('clinic'),
      appointmentEntry({ appointment: 9 }),
    ];
    expect([...openableAppointments(entries)]).toEqual([9]);
  });
});
