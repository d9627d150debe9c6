import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLongDate, formatTime } from '../../../lib/dates';
import { notifyError, notifyInfo } from '../../../lib/notify';
import {
  type AvailableSlot,
  type DatedSlot,
  nextAvailableQueryOptions,
  useAvailability,
  useNextAvailable,
} from '../api/get-availability';
import { useAvailabilityLiveSync } from '../hooks/use-availability-live-sync';
import { daysWithFreeTimes, isFreeTime, slotsOn } from '../utils/free-days';
import { bookableMonthRange, monthOf } from '../utils/month';
import { FreeDayPicker } from './free-day-picker';
import { SlotPicker } from './slot-picker';

export interface PickedTime {
  date: string;
  /** '' until a time is chosen. */
  time: string;
}

interface AvailabilityPickerProps {
  service: number;
  dentist: number | 'any';
  today: string;
  value: PickedTime;
  onChange: (value: PickedTime, slot?: AvailableSlot) => void;
  /** While the choice is being sent, its own booking must not count as someone else's. */
  isSending?: boolean;
}

/**
 * A month calendar of the days with free times, then the chosen day's free times. Live: a time
 * someone else books disappears, and a chosen one that went is unchosen with a word why.
 */
export function AvailabilityPicker({
  service,
  dentist,
  today,
  value,
  onChange,
  isSending = false,
}: AvailabilityPickerProps) {
  const { t } = useTranslation('availability');
  useAvailabilityLiveSync();
  const queryClient = useQueryClient();
  const [month, setMonth] = useState(() => monthOf(value.date || today));
  const [wasTaken, setWasTaken] = useState(false);
  const [isSeeking, setIsSeeking] = useState(false);
  const range = bookableMonthRange(month, today);
  const availability = useAvailability(range && { service, dentist, ...range });
  const answer = availability.isPlaceholderData ? undefined : availability.data;
  const freeDays = daysWithFreeTimes(answer);
  const isMonthEmpty = answer !== undefined && freeDays.size === 0;
  const next = useNextAvailable(
    isMonthEmpty && range ? { service, dentist, dateFrom: range.dateFrom } : null,
  );
  const slots = value.date === '' ? [] : slotsOn(answer, value.date);
  const isDaySettled = answer !== undefined && !availability.isFetching;

  // A time chosen here and then booked by someone else is no longer on offer.
  const isGone = !isSending && isDaySettled && value.time !== '' && !isFreeTime(slots, value.time);
  useEffect(() => {
    if (!isGone) return;
    setWasTaken(true);
    onChange({ date: value.date, time: '' });
  }, [isGone, onChange, value.date]);

  const jumpTo = (slot: DatedSlot) => {
    setMonth(monthOf(slot.date));
    setWasTaken(false);
    onChange({ date: slot.date, time: '' });
  };
  const seekNext = async () => {
    setIsSeeking(true);
    try {
      const slot = await queryClient.fetchQuery(
        nextAvailableQueryOptions({ service, dentist, dateFrom: today }),
      );
      if (slot) jumpTo(slot);
      else notifyInfo(t('next.title'), t('next.none'));
    } catch (error) {
      notifyError(error, t('next.error'));
    } finally {
      setIsSeeking(false);
    }
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center" wrap="wrap">
        <Text size="sm" fw={500}>
          {t('days.label')}
        </Text>
        <Button size="xs" variant="light" loading={isSeeking} onClick={() => void seekNext()}>
          {t('next.button')}
        </Button>
      </Group>
      <FreeDayPicker
        month={month}
        onMonthChange={setMonth}
        value={value.date}
        onChange={(date) => {
          setWasTaken(false);
          onChange({ date, time: '' });
        }}
        freeDays={freeDays}
        minDate={today}
        isLoading={availability.isFetching}
      />
      {availability.error && !answer ? (
        <SlotPicker
          date={value.date || today}
          slots={[]}
          value=""
          onPick={() => undefined}
          isLoading={false}
          error={availability.error}
          onRetry={() => void availability.refetch()}
        />
      ) : null}
      {isMonthEmpty ? (
        <Alert color="gray" title={t('days.emptyMonth')}>
          {next.data ? (
            <Button size="xs" variant="white" onClick={() => next.data && jumpTo(next.data)}>
              {t('next.jump', {
                date: formatLongDate(next.data.date),
                time: formatTime(next.data.time),
              })}
            </Button>
          ) : (
            <Text size="sm">{next.isPending ? t('next.looking') : t('next.none')}</Text>
          )}
        </Alert>
      ) : null}
      {wasTaken ? (
        <Alert color="yellow" role="alert" withCloseButton onClose={() => setWasTaken(false)}>
          {t('slots.taken')}
        </Alert>
      ) : null}
      {value.date !== '' && !availability.error ? (
        <SlotPicker
          date={value.date}
          slots={slots}
          value={value.time}
          onPick={(slot) => {
            setWasTaken(false);
            onChange({ date: value.date, time: slot.time }, slot);
          }}
          isLoading={answer === undefined}
          error={null}
          onRetry={() => void availability.refetch()}
        />
      ) : null}
      {value.date === '' && !availability.error ? (
        <Text size="sm" c="dimmed">
          {t('days.pickFirst')}
        </Text>
      ) : null}
    </Stack>
  );
}
