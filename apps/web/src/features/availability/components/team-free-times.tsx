import { isRealDate, normalizeTime } from '@clinic/domain';
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../../lib/dates';
import { notifyError, notifyInfo } from '../../../lib/notify';
import { nextAvailableQueryOptions, useAvailability } from '../api/get-availability';
import { useAvailabilityLiveSync } from '../hooks/use-availability-live-sync';
import { isFreeTime, nearestSlots, slotsOn } from '../utils/free-days';
import { SlotPicker } from './slot-picker';

interface TeamFreeTimesProps {
  /** Null until a service is chosen: a free time depends on how long the visit is. */
  service: number | null;
  dentist: number | 'any';
  /** As typed so far. */
  date: string;
  time: string;
  today: string;
  /** The appointment being edited, which must not block its own time. */
  excludeAppointment?: number | undefined;
  onPick: (picked: { date: string; time: string }) => void;
}

/**
 * For the front desk: the chosen day's free times to click into the form, the next free slot,
 * and, when the typed time is not a free one, the nearest that are.
 */
export function TeamFreeTimes({
  service,
  dentist,
  date,
  time,
  today,
  excludeAppointment,
  onPick,
}: TeamFreeTimesProps) {
  const { t } = useTranslation('availability');
  useAvailabilityLiveSync();
  const queryClient = useQueryClient();
  const [isSeeking, setIsSeeking] = useState(false);
  const day = date.trim();
  const hasDay = isRealDate(day) && day >= today;
  const availability = useAvailability(
    service !== null && hasDay
      ? { service, dentist, dateFrom: day, dateTo: day, excludeAppointment }
      : null,
  );
  const answer = availability.isPlaceholderData ? undefined : availability.data;
  const slots = slotsOn(answer, day);
  const typed = normalizeTime(time.trim());
  const isOutside =
    answer !== undefined && !availability.isFetching && typed !== null && !isFreeTime(slots, typed);

  const seekNext = async () => {
    if (service === null) return;
    setIsSeeking(true);
    try {
      const slot = await queryClient.fetchQuery(
        nextAvailableQueryOptions({
          service,
          dentist,
          dateFrom: hasDay ? day : today,
          excludeAppointment,
        }),
      );
      if (slot) onPick({ date: slot.date, time: slot.time });
      else notifyInfo(t('next.title'), t('next.none'));
    } catch (error) {
      notifyError(error, t('next.error'));
    } finally {
      setIsSeeking(false);
    }
  };

  return (
    <Paper withBorder p="sm" radius="md">
      <Stack gap="xs">
        {service === null ? (
          <Text size="sm" c="dimmed">
            {t('team.chooseService')}
          </Text>
        ) : !hasDay ? (
          <Text size="sm" c="dimmed">
            {t('team.chooseDay')}
          </Text>
        ) : (
          <SlotPicker
            date={day}
            slots={slots}
            value={typed ?? ''}
            onPick={(slot) => onPick({ date: day, time: slot.time })}
            isLoading={answer === undefined && availability.error === null}
            error={availability.error}
            onRetry={() => void availability.refetch()}
          />
        )}
        {isOutside && typed !== null && slots.length > 0 ? (
          <Group gap={6}>
            <Text size="sm" c="orange.9">
              {t('team.outside', { time: formatTime(typed) })}
            </Text>
            {nearestSlots(slots, typed).map((slot) => (
              <Button
                key={slot.time}
                size="compact-sm"
                variant="light"
                onClick={() => onPick({ date: day, time: slot.time })}
              >
                {formatTime(slot.time)}
              </Button>
            ))}
          </Group>
        ) : null}
        <Group>
          <Button
            size="xs"
            variant="light"
            disabled={service === null}
            loading={isSeeking}
            onClick={() => void seekNext()}
          >
            {t('team.findNext')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
