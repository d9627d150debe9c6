import { APPOINTMENT_STATUSES, isRealDate } from '@clinic/domain';
import { Button, Group, MultiSelect, Select, SimpleGrid, TextInput } from '@mantine/core';
import { DateField } from '../../../components/ui/date-field';
import { statusTitle } from '../../../components/ui/status-badge';
import { useDentists } from '../../users/api/get-dentists';
import { useDraft } from '../hooks/use-draft';
import type { ListView, ViewChange } from '../utils/list-view';

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
const isDateOrEmpty = (value: string) => value === '' || isRealDate(value);

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
  const [from, setFrom] = useDraft(view.from, (value) => onChange({ from: value }), {
    accept: isDateOrEmpty,
  });
  const [to, setTo] = useDraft(view.to, (value) => onChange({ to: value }), {
    accept: isDateOrEmpty,
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
      <Select
        label="Dentist"
        placeholder="Any dentist"
        data={(dentists.data ?? []).map((d) => ({ value: String(d.id), label: d.name }))}
        value={view.dentist === null ? null : String(view.dentist)}
        onChange={(value) => onChange({ dentist: value ? Number(value) : null })}
        clearable
        searchable
        nothingFoundMessage="No matching dentist"
      />
      <DateField
        label="From"
        placeholder="Any date (YYYY-MM-DD)"
        value={from}
        onChange={setFrom}
        error={isDateOrEmpty(from) ? undefined : 'Use YYYY-MM-DD'}
      />
      <DateField
        label="To"
        placeholder="Any date (YYYY-MM-DD)"
        value={to}
        onChange={setTo}
        error={isDateOrEmpty(to) ? undefined : 'Use YYYY-MM-DD'}
      />
      {isFiltered ? (
        <Group align="flex-end">
          <Button variant="subtle" onClick={onReset}>
            Reset filters
          </Button>
        </Group>
      ) : null}
    </SimpleGrid>
  );
}
