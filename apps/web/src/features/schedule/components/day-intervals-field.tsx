import type { Weekday } from '@clinic/domain';
import { ActionIcon, Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { MAX_INTERVALS_PER_DAY } from '../utils/weekly-pattern';
import type { PatternFormValues } from './pattern-form-values';

interface DayIntervalsFieldProps {
  form: UseFormReturnType<PatternFormValues>;
  day: Weekday;
}

/** One weekday's working intervals: none is a day off. */
export function DayIntervalsField({ form, day }: DayIntervalsFieldProps) {
  const { t } = useTranslation(['schedule', 'common']);
  const dayName = t(`common:weekdays.${day}`);
  const intervals = form.values.days[day];
  const dayError = form.errors[`days.${day}`];
  return (
    <Fieldset legend={dayName} variant="default" p="sm">
      <Stack gap="xs">
        {intervals.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('editor.dayOff')}
          </Text>
        ) : null}
        {intervals.map((_, index) => (
          // Intervals have no identity of their own: a row is its place in the day.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Group key={index} align="flex-start" gap="sm" wrap="nowrap">
            <TimeInput
              label={t('editor.start')}
              aria-label={t('editor.startOf', { day: dayName, number: index + 1 })}
              w={130}
              {...form.getInputProps(`days.${day}.${index}.start`)}
            />
            <TimeInput
              label={t('editor.end')}
              aria-label={t('editor.endOf', { day: dayName, number: index + 1 })}
              w={130}
              {...form.getInputProps(`days.${day}.${index}.end`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={28}
              aria-label={t('editor.remove', { day: dayName, number: index + 1 })}
              onClick={() => form.removeListItem(`days.${day}`, index)}
            >
              <span aria-hidden="true">×</span>
            </ActionIcon>
          </Group>
        ))}
        {dayError ? (
          <Text size="sm" c="red" role="alert">
            {dayError}
          </Text>
        ) : null}
        <Group>
          <Button
            size="xs"
            variant="light"
            disabled={intervals.length >= MAX_INTERVALS_PER_DAY}
            aria-label={t('editor.addTo', { day: dayName })}
            onClick={() => {
              const last = intervals[intervals.length - 1];
              form.insertListItem(`days.${day}`, {
                start: last?.end ?? '09:00',
                end: last ? '' : '17:00',
              });
            }}
          >
            {t('editor.add')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
