import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Wording = 'dependantOf' | 'bookedBy' | 'forPerson';

/**
 * A small line naming a family tie wherever people and visits are listed: a patient who is a
 * dependant ("Dependant of Ana Silva"), a visit a guardian booked ("Booked by Ana Silva
 * (guardian)"), or, on a guardian's own list, whose visit it is ("For Leo Silva"). Renders
 * nothing without a name.
 */
export function FamilyMark({
  name,
  wording,
}: {
  name: string | null | undefined;
  wording: Wording;
}) {
  const { t } = useTranslation('family');
  if (!name) return null;
  return (
    <Text size="xs" c="dimmed" fw={400}>
      {t(`marks.${wording}`, { name })}
    </Text>
  );
}
