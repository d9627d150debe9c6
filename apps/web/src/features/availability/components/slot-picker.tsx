import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib/api-error';
import { formatLongDate, formatTime } from '../../../lib/dates';
import type { AvailableSlot } from '../api/get-availability';

interface SlotPickerProps {
  date: string;
  slots: readonly AvailableSlot[];
  /** The chosen start time, `HH:MM`, or '' for none. */
  value: string;
  onPick: (slot: AvailableSlot) => void;
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
}

/** A day's free times as buttons: nothing to type, nothing to get wrong. */
export function SlotPicker({
  date,
  slots,
  value,
  onPick,
  isLoading,
  error,
  onRetry,
}: SlotPickerProps) {
  const { t } = useTranslation('availability');
  const label = t('slots.label', { date: formatLongDate(date) });
  if (error) {
    return (
      <Alert color="red" title={t('slots.error')} role="alert">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{describeError(error)}</Text>
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            {t('tryAgain')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  if (isLoading) {
    return (
      <Group gap="xs" role="status">
        <Loader size="xs" />
        <Text size="sm">{t('slots.loading')}</Text>
      </Group>
    );
  }
  if (slots.length === 0) {
    return (
      <Text size="sm" c="dimmed" role="status">
        {t('slots.none', { date: formatLongDate(date) })}
      </Text>
    );
  }
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500} id={`slots-${date}`}>
        {label}
      </Text>
      <Group gap={6} role="group" aria-labelledby={`slots-${date}`}>
        {slots.map((slot) => {
          const isChosen = slot.time === value;
          return (
            <Button
              key={slot.time}
              size="compact-md"
              miw={72}
              variant={isChosen ? 'filled' : 'default'}
              aria-pressed={isChosen}
              onClick={() => onPick(slot)}
            >
              {formatTime(slot.time)}
            </Button>
          );
        })}
      </Group>
    </Stack>
  );
}
