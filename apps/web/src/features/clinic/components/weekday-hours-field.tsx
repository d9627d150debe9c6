import { Fieldset, Group, Switch, VisuallyHidden } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Weekday } from '../../../types/api';
import type { ClinicSettingsValues } from './clinic-settings-values';

interface WeekdayHoursFieldProps {
  form: UseFormReturnType<ClinicSettingsValues>;
  day: Weekday;
  label: string;
}

/** One weekday: open or closed, and when. The legend names the day for the two time fields. */
export function WeekdayHoursField({ form, day, label }: WeekdayHoursFieldProps) {
  const { t } = useTranslation('clinic');
  const path = `openingHours.${day}` as const;
  const isOpen = form.values.openingHours[day].isOpen;
  return (
    <Fieldset legend={<VisuallyHidden>{label}</VisuallyHidden>} variant="unstyled" p={0}>
      <Group align="flex-start" gap="md" wrap="wrap">
        <Switch
          w={{ base: '100%', xs: 150 }}
          mt={{ base: 0, xs: 30 }}
          label={label}
          description={isOpen ? t('open') : t('closed')}
          {...form.getInputProps(`${path}.isOpen`, { type: 'checkbox' })}
        />
        <TimeInput
          label={t('opens')}
          disabled={!isOpen}
          w={140}
          {...form.getInputProps(`${path}.open`)}
        />
        <TimeInput
          label={t('closes')}
          disabled={!isOpen}
          w={140}
          {...form.getInputProps(`${path}.close`)}
        />
      </Group>
    </Fieldset>
  );
}
