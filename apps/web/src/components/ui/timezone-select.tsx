import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';

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
  const shown = lockedZone ?? value;
  const data = useMemo(() => zonesIncluding(shown), [shown]);
  return (
    <Select
      label="Time zone"
      searchable
      allowDeselect={false}
      nothingFoundMessage="No matching time zone"
      maxDropdownHeight={280}
      data={data}
      {...props}
      value={shown}
      disabled={lockedZone !== undefined || props.disabled}
      description={
        lockedZone === undefined
          ? description
          : 'Fixed by the server’s CLINIC_TIMEZONE setting; ask whoever runs the server to change it.'
      }
    />
  );
}
