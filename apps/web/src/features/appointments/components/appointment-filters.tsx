import { APPOINTMENT_STATUSES } from '@clinic/domain';
import { MultiSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
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

export function AppointmentFilters({
  view,
  onChange,
  onReset,
  isFiltered,
}: AppointmentFiltersProps) {
  const { t } = useTranslation(['appointments', 'dentists']);
  // Former dentists too, so that their visits can still be found.
  const dentists = useDentists({ includeInactive: true });
  const statusOptions = APPOINTMENT_STATUSES.map((status) => ({
    value: status,
    label: statusTitle(status),
  }));
  const [search, setSearch] = useDraft(view.search, (value) => onChange({ search: value }), {
    delayMs: 300,
  });

  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 5 }} spacing="sm" verticalSpacing="sm">
      <TextInput
        label={t('filters.search')}
        placeholder={t('filters.searchPlaceholder')}
        type="search"
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
      />
      <MultiSelect
        label={t('filters.status')}
        placeholder={view.status.length === 0 ? t('filters.anyStatus') : undefined}
        data={statusOptions}
        value={view.status}
        onChange={(value) => onChange({ status: value as ListView['status'] })}
        clearable
      />
      <PersonSelect
        label={t('filters.dentist')}
        placeholder={t('filters.anyDentist')}
        people={[
          { id: 'none' as const, name: t('filters.noDentistAssigned') },
          ...(dentists.data ?? []),
        ]}
        value={view.dentist}
        onChange={(dentist) => onChange({ dentist })}
        nothingFoundMessage={t('filters.noMatchingDentist')}
        groups={{ current: t('dentists:filters.current'), former: t('dentists:filters.former') }}
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
