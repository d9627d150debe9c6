import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Some browsers leave aliases such as "UTC" out of the list; a saved value must still show. */
function zonesIncluding(value: string | null | undefined): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return value && !zones.includes(value) ? [value, ...zones] : zones;
}

interface TimezoneSelectProps extends Omit<SelectProps, 'data' | 'searchable'> {
  /** The zone the server's configuration imposes, if any; the field then only shows it. */
  lockedZone?: string | undefined;
}

export function TimezoneSelect({ value, lockedZone, description, ...props }: TimezoneSelectProps) {
  const { t } = useTranslation();
  const shown = lockedZone ?? value;
  const data = useMemo(() => zonesIncluding(shown), [shown]);
  return (
    <Select
      label={t('timeZone.label')}
      searchable
      allowDeselect={false}
      nothingFoundMessage={t('timeZone.nothingFound')}
      maxDropdownHeight={280}
      data={data}
      {...props}
      value={shown}
      disabled={lockedZone !== undefined || props.disabled}
      description={lockedZone === undefined ? description : t('timeZone.locked')}
    />
  );
}
