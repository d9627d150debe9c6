import { DENTIST_COLOURS, type DentistColour } from '@clinic/domain';
import { ColorSwatch, Group, Radio, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DENTIST_PALETTE } from '../../../components/ui/dentist-palette';

interface DentistColourPickerProps {
  value: DentistColour | null;
  onChange: (colour: DentistColour) => void;
}

/** The dentist's colour on the calendar: swatches with names, so colour is never the only cue. */
export function DentistColourPicker({ value, onChange }: DentistColourPickerProps) {
  const { t } = useTranslation('dentists');
  return (
    <Radio.Group
      label={t('colour.label')}
      description={t('colour.hint')}
      value={value ?? ''}
      onChange={(chosen) => {
        const colour = DENTIST_COLOURS.find((each) => each === chosen);
        if (colour) onChange(colour);
      }}
    >
      <SimpleGrid cols={{ base: 2, xs: 4 }} spacing="xs" mt="xs">
        {DENTIST_COLOURS.map((colour) => (
          <Radio
            key={colour}
            value={colour}
            label={
              <Group gap={6} wrap="nowrap">
                <ColorSwatch color={DENTIST_PALETTE[colour]} size={16} radius="xs" aria-hidden />
                <Text size="sm" component="span">
                  {t(`colour.names.${colour}`)}
                </Text>
              </Group>
            }
          />
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}
