import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Dentist } from '../../../types/api';
import type { CalendarView } from '../utils/calendar-view';
import { CalendarFilters } from './calendar-filters';
import { DentistLegend } from './dentist-legend';

interface CalendarHeaderProps {
  view: CalendarView;
  dentists: Dentist[] | undefined;
  colourOf: (id: number | null) => string;
  zone: string;
  /** Undefined until the first answer: loading rather than refreshing. */
  shownCount: number | undefined;
  isFetching: boolean;
  onChange: (change: Partial<CalendarView>) => void;
  onNew: () => void;
}

/** Filters, the colour key and what the calendar is doing, above the grid. */
export function CalendarHeader({
  view,
  dentists,
  colourOf,
  zone,
  shownCount,
  isFetching,
  onChange,
  onNew,
}: CalendarHeaderProps) {
  const { t } = useTranslation(['calendar', 'common']);
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <CalendarFilters
          dentists={dentists}
          dentist={view.dentist}
          showCancelled={view.showCancelled}
          onDentistChange={(dentist) => onChange({ dentist })}
          onShowCancelledChange={(showCancelled) => onChange({ showCancelled })}
        />
        {/* Picking a slot needs a pointer; this books from the keyboard as well. */}
        <Button onClick={onNew}>{t('header.newAppointment')}</Button>
      </Group>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <DentistLegend dentists={dentists ?? []} colourOf={colourOf} />
        <Group gap="sm">
          <Group gap="sm" aria-live="polite">
            {isFetching ? (
              <Loader
                size="xs"
                role="status"
                aria-label={shownCount === undefined ? t('common:loading') : t('header.refreshing')}
              />
            ) : null}
            {shownCount === 0 ? (
              <Text size="sm" c="dimmed">
                {t('header.nothingShown')}
              </Text>
            ) : null}
          </Group>
          <Text size="sm" c="dimmed">
            {t('header.timeZoneNote', { zone })}
          </Text>
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {t('header.help')}
      </Text>
    </Stack>
  );
}
