import { Group, Select, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('calendar');
  const data = [
    { value: ALL, label: t('filters.allDentists') },
    ...(dentists ?? []).map((each) => ({ value: String(each.id), label: each.name })),
  ];
  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <Select
        label={t('filters.dentist')}
        data={data}
        value={dentist === null ? ALL : String(dentist)}
        onChange={(value) => onDentistChange(value && value !== ALL ? Number(value) : null)}
        allowDeselect={false}
        disabled={!dentists}
        w={220}
      />
      <Switch
        label={t('filters.showCancelled')}
        checked={showCancelled}
        onChange={(event) => onShowCancelledChange(event.currentTarget.checked)}
        mb={8}
      />
    </Group>
  );
}
