import type { AuditEntry } from '../../../types/api';

/** For tests: the owner booking Ana Lima's appointment 7, changed as each test needs. */
export function appointmentEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: 'h1',
    at: '2026-11-25T10:00:00.000Z',
    actor: 1,
    actorName: 'Olivia Owner',
    action: 'created',
    subject: 'appointment',
    subjectId: 7,
    subjectName: 'Ana Lima',
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

/** For tests: the owner changing something other than an appointment, which has no date or patient. */
export function otherEntry(
  subject: 'account' | 'service' | 'clinic',
  overrides: Partial<AuditEntry> = {},
): AuditEntry {
  return appointmentEntry({
    id: 'e1',
    action: 'updated',
    subject,
    subjectId: subject === 'clinic' ? null : 12,
    subjectName: { account: 'Stan Staff', service: 'Check-up', clinic: 'Bright Smile' }[subject],
    appointment: null,
    patient: null,
    patientName: null,
    date: null,
    time: null,
    ...overrides,
  });
}
