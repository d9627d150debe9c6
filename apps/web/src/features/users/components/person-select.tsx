import { Select } from '@mantine/core';

interface PersonSelectProps {
  label: string;
  placeholder: string;
  people: readonly { id: number; name: string }[];
  value: number | null;
  onChange: (id: number | null) => void;
  nothingFoundMessage: string;
}

/** A searchable choice of one person by name, or none, for a filter. */
export function PersonSelect({ people, value, onChange, ...labels }: PersonSelectProps) {
  return (
    <Select
      {...labels}
      data={people.map((person) => ({ value: String(person.id), label: person.name }))}
      value={value === null ? null : String(value)}
      onChange={(id) => onChange(id ? Number(id) : null)}
      clearable
      searchable
    />
  );
}
