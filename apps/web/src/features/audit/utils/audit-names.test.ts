import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../types/api';
import { describeHistoryChanges } from '../../appointments/utils/describe-history';
import { auditNames } from './audit-names';

const entry: AuditEntry = {
  id: 3,
  at: '2026-11-25T10:00:00.000Z',
  actor: 1,
  actorName: 'Olivia Owner',
  action: 'updated',
  appointment: 7,
  patient: 4,
  patientName: 'Ana Lima',
  date: '2026-12-02',
  time: '09:30',
  changes: { dentist: [2, 5], service: [null, 1], patient: [9, 4] },
  reason: null,
};

describe('auditNames', () => {
  it('names dentists from the team, services from the list and patients from the log', () => {
    const names = auditNames(
      [entry],
      [
        { id: 2, name: 'Dr. Sam Reed' },
        { id: 5, name: 'Dr. Former' },
      ],
      [{ id: 1, name: 'Check-up' }],
    );
    expect(describeHistoryChanges(entry, names)).toEqual([
      { field: 'dentist', label: 'Dentist', before: 'Dr. Sam Reed', after: 'Dr. Former' },
      { field: 'service', label: 'Service', before: 'none', after: 'Check-up' },
      {
        field: 'patient',
        label: 'Patient',
        before: 'a patient no longer listed (#9)',
        after: 'Ana Lima',
      },
    ]);
  });
});
