import { Select } from '@mantine/core';

interface PersonSelectProps<Id extends number | string> {
  label: string;
  placeholder: string;
  /** The choices; an entry such as "No dentist assigned" may use an id of its own. */
  people: readonly { id: Id; name: string }[];
  value: Id | null;
  onChange: (id: Id | null) => void;
  nothingFoundMessage: string;
}

/** A searchable choice of one person by name, or none, for a filter. */
export function PersonSelect<Id extends number | string>({
  people,
  value,
  onChange,
  ...labels
}: PersonSelectProps<Id>) {
  return (
    <Select
      {...labels}
      data={people.map((person) => ({ value: String(person.id), label: person.name }))}
      value={value === null ? null : String(value)}
      // The chosen entry's own id, so ids keep their type whatever Select does with strings.
      onChange={(chosen) => onChange(people.find((p) => String(p.id) === chosen)?.id ?? null)}
      clearable
      searchable
    />
  );
}
