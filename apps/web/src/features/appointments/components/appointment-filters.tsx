import { APPOINTMENT_STATUSES } from '@clinic/domain';
import { MultiSelect, SimpleGrid, TextInput } from '@mantine/core';
import { PersonSelect } from '../../../components/shared';
import { statusTitle } from '../../../components/ui/status-badge';
import { useDentists } from '../../users';
import { useDraft } from '../hooks/use-draft';
import type { ListView, ViewChange } from '../utils/list-view';
import { DateRangeFilters } from './date-range-filters';

interface AppointmentFiltersProps {
  view: ListView;
  onChange: (change: ViewChange) => void;
  onReset: () => void;
  isFiltered: boolean;
}

const statusOptions = APPOINTMENT_STATUSES.map((status) => ({
  value: status,
  label: statusTitle(status),
}));

export function AppointmentFilters({
  view,
  onChange,
  onReset,
  isFiltered,
}: AppointmentFiltersProps) {
  const dentists = useDentists();
  const [search, setSearch] = useDraft(view.search, (value) => onChange({ search: value }), {
    delayMs: 300,
  });

  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 5 }} spacing="sm" verticalSpacing="sm">
      <TextInput
        label="Search"
        placeholder="Patient name or email"
        type="search"
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
      />
      <MultiSelect
        label="Status"
        placeholder={view.status.length === 0 ? 'Any status' : undefined}
        data={statusOptions}
        value={view.status}
        onChange={(value) => onChange({ status: value as ListView['status'] })}
        clearable
      />
      <PersonSelect
        label="Dentist"
        placeholder="Any dentist"
        people={[{ id: 'none' as const, name: 'No dentist assigned' }, ...(dentists.data ?? [])]}
        value={view.dentist}
        onChange={(dentist) => onChange({ dentist })}
        nothingFoundMessage="No matching dentist"
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
