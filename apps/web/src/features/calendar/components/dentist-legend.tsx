import { ColorSwatch, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Dentist } from '../../../types/api';

interface DentistLegendProps {
  dentists: Dentist[];
  colourOf: (id: number | null) => string;
}

/** The key to the events' border colours. */
export function DentistLegend({ dentists, colourOf }: DentistLegendProps) {
  const { t } = useTranslation('calendar');
  const entries = [
    ...dentists
      .filter((dentist) => dentist.isActive)
      .map((dentist) => ({ key: String(dentist.id), id: dentist.id, name: dentist.name })),
    { key: 'none', id: null, name: t('legend.noDentist') },
  ];
  return (
    <Group
      component="ul"
      gap="md"
      m={0}
      p={0}
      style={{ listStyle: 'none' }}
      aria-label={t('legend.label')}
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
