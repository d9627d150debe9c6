import { ColorSwatch, Group, Text } from '@mantine/core';
import type { Dentist } from '../../../types/api';

interface DentistLegendProps {
  dentists: Dentist[];
  colourOf: (id: number | null) => string;
}

/** The key to the events' border colours. */
export function DentistLegend({ dentists, colourOf }: DentistLegendProps) {
  const entries = [
    ...dentists.map((dentist) => ({ key: String(dentist.id), id: dentist.id, name: dentist.name })),
    { key: 'none', id: null, name: 'No dentist' },
  ];
  return (
    <Group
      component="ul"
      gap="md"
      m={0}
      p={0}
      style={{ listStyle: 'none' }}
      aria-label="Dentist colours"
    >
      {entries.map((entry) => (
        <Group component="li" key={entry.key} gap={6} wrap="nowrap">
          <ColorSwatch color={colourOf(entry.id)} size={14} radius="xs" aria-hidden />
          <Text size="sm">{entry.name}</Text>
        </Group>
      ))}
    </Group>
  );
}
