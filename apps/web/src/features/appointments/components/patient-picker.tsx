import { Loader, Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../types/api';
import { useUsers } from '../../users';

interface PatientPickerProps
  extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchable' | 'label'> {
  /** The patient's id as a string, or '' for none. */
  value: string;
  onChange: (value: string) => void;
}

const RESULTS = 20;

function optionLabel(patient: Pick<User, 'name' | 'email'>): string {
  return `${patient.name} (${patient.email})`;
}

/** Registered, active patients, searched on the server by name or email as the user types. */
export function PatientPicker({ value, onChange, ...props }: PatientPickerProps) {
  const { t } = useTranslation('appointments');
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<User | null>(null);
  // Once a patient is chosen the box shows their label; that text is not a new search.
  const isShowingChoice = chosen !== null && search === optionLabel(chosen);
  const [debounced] = useDebouncedValue(isShowingChoice ? '' : search.trim(), 300);
  const patients = useUsers({
    role: 'patient',
    isActive: true,
    search: debounced,
    page: 1,
    pageSize: RESULTS,
  });

  const found = patients.data?.results ?? [];
  const options = chosen && !found.some((p) => p.id === chosen.id) ? [chosen, ...found] : found;

  return (
    <Select
      label={t('picker.label')}
      placeholder={t('picker.placeholder')}
      searchable
      // Opening on focus would cover the rest of the form before the user has typed anything.
      openOnFocus={false}
      searchValue={search}
      onSearchChange={setSearch}
      // The server has already filtered by the search; filtering again would hide its matches.
      filter={({ options: all }) => all}
      data={options.map((patient) => ({ value: String(patient.id), label: optionLabel(patient) }))}
      value={value === '' ? null : value}
      onChange={(next) => {
        setChosen(options.find((patient) => String(patient.id) === next) ?? null);
        onChange(next ?? '');
      }}
      nothingFoundMessage={
        patients.isFetching
          ? t('picker.searching')
          : patients.isError
            ? t('picker.searchFailed')
            : t('picker.noResults')
      }
      rightSection={patients.isFetching ? <Loader size="xs" aria-hidden /> : undefined}
      maxDropdownHeight={260}
      {...props}
    />
  );
}
