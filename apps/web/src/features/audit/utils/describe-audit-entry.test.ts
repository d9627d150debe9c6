import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../types/api';
import {
  auditActorName,
  auditAppointmentLabel,
  openableAppointments,
} from './describe-audit-entry';

function entry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: 1,
    at: '2026-11-25T10:00:00.000Z',
    actor: 1,
    actorName: 'Olivia Owner',
    action: 'created',
    appointment: 7,
    patient: 4,
    patientName: 'Ana Lima',
    date: '2026-12-02',
    time: '09:30',
    changes: {},
    reason: null,
    ...overrides,
  };
}

describe('auditActorName', () => {
  it('names the person, or the system when there was none', () => {
    expect(auditActorName(entry())).toBe('Olivia Owner');
    expect(auditActorName(entry({ actor: null, actorName: null }))).toBe('System');
  });
});

describe('auditAppointmentLabel', () => {
  it('says whose appointment it is and when', () => {
    expect(auditAppointmentLabel(entry())).toEqual({
      patient: 'Ana Lima',
      when: 'Wed 2 Dec 2026 at 09:30',
    });
  });

  it('falls back to the appointment number when nothing else is known', () => {
    expect(
      auditAppointmentLabel(entry({ patient: null, patientName: null, date: null, time: null })),
    ).toEqual({ patient: 'Appointment #7', when: null });
  });
});

describe('openableAppointments', () => {
  it('leaves out appointments deleted on this page, and those whose patient is unknown', () => {
    const entries = [
      entry({ id: 5, appointment: 7, action: 'deleted' }),
      entry({ id: 4, appointment: 8, action: 'updated' }),
      entry({ id: 3, appointment: 7, action: 'updated' }),
      entry({ id: 2, appointment: 9, patient: null, patientName: null }),
      entry({ id: 1, appointment: 8 }),
    ];
    expect([...openableAppointments(entries)]).toEqual([8]);
  });
});
