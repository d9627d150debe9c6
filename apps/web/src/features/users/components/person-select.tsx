import { Select } from '@mantine/core';
import { peopleOptions } from '../utils/dentist-options';

interface PersonSelectProps<Id extends number | string> {
  label: string;
  placeholder: string;
  /** The choices; an entry such as "No dentist assigned" may use an id of its own. */
  people: readonly { id: Id; name: string; isActive?: boolean }[];
  value: Id | null;
  onChange: (id: Id | null) => void;
  nothingFoundMessage: string;
  /** Group names, used once a former dentist (isActive: false) is among the people. */
  groups?: { current: string; former: string };
}

/** A searchable choice of one person by name, or none, for a filter. */
export function PersonSelect<Id extends number | string>({
  people,
  value,
  onChange,
  groups = { current: '', former: '' },
  ...labels
}: PersonSelectProps<Id>) {
  return (
    <Select
      {...labels}
      data={peopleOptions(people, groups)}
      value={value === null ? null : String(value)}
      // The chosen entry's own id, so ids keep their type whatever Select does with strings.
      onChange={(chosen) => onChange(people.find((p) => String(p.id) === chosen)?.id ?? null)}
      clearable
      searchable
    />
  );
}
