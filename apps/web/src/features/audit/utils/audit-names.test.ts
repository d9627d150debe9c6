import { describe, expect, it } from 'vitest';
import { describeHistoryChanges } from '../../appointments';
import { appointmentEntry } from './audit-entry.fixture';
import { auditNames } from './audit-names';

const entry = appointmentEntry({
  action: 'updated',
  changes: { dentist: [2, 5], service: [null, 1], patient: [9, 4] },
});

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
