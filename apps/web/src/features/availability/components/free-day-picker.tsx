import { Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DatePicker } from '../../../components/ui/lazy-date-picker';
import { useDayjsLocale } from '../../../components/ui/use-dayjs-locale';

interface FreeDayPickerProps {
  /** The month on screen, as its first day. */
  month: string;
  onMonthChange: (month: string) => void;
  value: string;
  onChange: (date: string) => void;
  /** The days with at least one free time; every other day is disabled. */
  freeDays: ReadonlySet<string>;
  minDate: string;
  isLoading: boolean;
}

/** A month calendar on which only the days with a free time can be picked. */
export function FreeDayPicker({
  month,
  onMonthChange,
  value,
  onChange,
  freeDays,
  minDate,
  isLoading,
}: FreeDayPickerProps) {
  const { t } = useTranslation('common');
  const { t: ta } = useTranslation('availability');
  const locale = useDayjsLocale();
  return (
    <div>
      <DatePicker
        value={value === '' ? null : value}
        date={month}
        onDateChange={(date) => onMonthChange(`${date.slice(0, 7)}-01`)}
        minDate={minDate}
        maxLevel="month"
        excludeDate={(date) => !freeDays.has(date)}
        getDayProps={(date) => (freeDays.has(date) ? { fw: 700 } : {})}
        ariaLabels={t('dateField.calendar', { returnObjects: true })}
        locale={locale}
        firstDayOfWeek={1}
        weekendDays={[]}
        onChange={(date) => {
          if (date) onChange(date);
        }}
      />
      <Group gap="xs" mih={22} role="status" aria-live="polite">
        {isLoading ? (
          <>
            <Loader size="xs" />
            <Text size="xs" c="dimmed">
              {ta('days.loading')}
            </Text>
          </>
        ) : null}
      </Group>
    </div>
  );
}
