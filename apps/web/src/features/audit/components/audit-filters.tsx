import { AUDIT_ACTIONS, AUDIT_SUBJECTS } from '@clinic/domain';
import { Select, SimpleGrid } from '@mantine/core';
import { DateRangeFilters, PersonSelect } from '../../../components/shared';
import type { AuditSubject, User } from '../../../types/api';
import {
  type AuditView,
  type AuditViewChange,
  auditActionVerb,
  isAuditAction,
  isAuditSubject,
} from '../utils/audit-view';

interface AuditFiltersProps {
  view: AuditView;
  /** Who may have made changes: the clinic's team. */
  people: readonly User[];
  onChange: (change: AuditViewChange) => void;
  onReset: () => void;
  isFiltered: boolean;
}

const SUBJECT_OPTION_LABELS: Record<AuditSubject, string> = {
  appointment: 'Appointments',
  account: 'Accounts',
  service: 'Services',
  clinic: 'Clinic settings',
};

const subjectOptions = AUDIT_SUBJECTS.map((subject) => ({
  value: subject,
  label: SUBJECT_OPTION_LABELS[subject],
}));

const actionOptions = AUDIT_ACTIONS.map((action) => ({
  value: action,
  label: auditActionVerb(action),
}));

export function AuditFilters({ view, people, onChange, onReset, isFiltered }: AuditFiltersProps) {
  return (
    // Five filters and Reset share a row only on the widest screens; elsewhere rows of three.
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 6 }} spacing="sm" verticalSpacing="sm">
      <Select
        label="Kind"
        placeholder="Anything"
        data={subjectOptions}
        value={view.subject}
        onChange={(value) => onChange({ subject: isAuditSubject(value) ? value : null })}
        clearable
      />
      <Select
        label="Action"
        placeholder="Any action"
        data={actionOptions}
        value={view.action}
        onChange={(value) => onChange({ action: isAuditAction(value) ? value : null })}
        clearable
      />
      <PersonSelect
        label="Person"
        placeholder="Anyone"
        people={people}
        value={view.actor}
        onChange={(actor) => onChange({ actor })}
        nothingFoundMessage="No matching person"
      />
      <DateRangeFilters
        from={view.from}
        to={view.to}
        onChange={onChange}
        isFiltered={isFiltered}
        onReset={onReset}
      />
    </SimpleGrid>
  );
}
