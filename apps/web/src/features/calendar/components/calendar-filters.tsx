import { Group, Select, Switch } from '@mantine/core';
import type { Dentist } from '../../../types/api';

interface CalendarFiltersProps {
  dentists: Dentist[] | undefined;
  dentist: number | null;
  showCancelled: boolean;
  onDentistChange: (dentist: number | null) => void;
  onShowCancelledChange: (show: boolean) => void;
}

const ALL = 'all';

export function CalendarFilters({
  dentists,
  dentist,
  showCancelled,
  onDentistChange,
  onShowCancelledChange,
}: CalendarFiltersProps) {
  const data = [
    { value: ALL, label: 'All dentists' },
    ...(dentists ?? []).map((each) => ({ value: String(each.id), label: each.name })),
  ];
  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <Select
        label="Dentist"
        data={data}
        value={dentist === null ? ALL : String(dentist)}
        onChange={(value) => onDentistChange(value && value !== ALL ? Number(value) : null)}
        allowDeselect={false}
        disabled={!dentists}
        w={220}
      />
      <Switch
        label="Show cancelled"
        checked={showCancelled}
        onChange={(event) => onShowCancelledChange(event.currentTarget.checked)}
        mb={8}
      />
    </Group>
  );
}
