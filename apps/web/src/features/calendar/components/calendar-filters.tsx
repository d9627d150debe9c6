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
  const { t } = useTranslation(['calendar', 'dentists']);
  const toOption = (each: Dentist) => ({ value: String(each.id), label: each.name });
  const former = (dentists ?? []).filter((each) => !each.isActive);
  // Former dentists stay findable, in a group of their own, so their visits can be looked up.
  const data = [
    { value: ALL, label: t('filters.allDentists') },
    ...(former.length === 0
      ? (dentists ?? []).map(toOption)
      : [
          {
            group: t('dentists:filters.current'),
            items: (dentists ?? []).filter((each) => each.isActive).map(toOption),
          },
          { group: t('dentists:filters.former'), items: former.map(toOption) },
        ]),
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
