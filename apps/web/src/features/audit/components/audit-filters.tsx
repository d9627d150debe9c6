import { Select, SimpleGrid } from '@mantine/core';
import type { User } from '../../../types/api';
import { DateRangeFilters } from '../../appointments/components/date-range-filters';
import { historyActionVerb } from '../../appointments/utils/describe-history';
import { PersonSelect } from '../../users/components/person-select';
import {
  AUDIT_ACTIONS,
  type AuditView,
  type AuditViewChange,
  isAuditAction,
} from '../utils/audit-view';

interface AuditFiltersProps {
  view: AuditView;
  /** Who may have made changes: the clinic's team. */
  people: readonly User[];
  onChange: (change: AuditViewChange) => void;
  onReset: () => void;
  isFiltered: boolean;
}

const actionOptions = AUDIT_ACTIONS.map((action) => ({
  value: action,
  label: historyActionVerb(action),
}));

export function AuditFilters({ view, people, onChange, onReset, isFiltered }: AuditFiltersProps) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 5 }} spacing="sm" verticalSpacing="sm">
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
