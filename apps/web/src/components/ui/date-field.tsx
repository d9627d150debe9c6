import { isRealDate } from '@clinic/domain';
import { ActionIcon, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DatePicker } from './lazy-date-picker';
import { useDayjsLocale } from './use-dayjs-locale';

function CalendarIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <rect x="3" y="5" width="18" height="16" rx="2" stroke="currentColor" strokeWidth="2" />
      <path d="M3 10h18M8 3v4M16 3v4" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}

interface DateFieldProps extends Omit<TextInputProps, 'value' | 'onChange' | 'label'> {
  label: string;
  /** `YYYY-MM-DD`, or whatever the user has typed so far. */
  value: string;
  onChange: (value: string) => void;
  /** The first day the calendar offers; typed dates are checked by the form's own rules. */
  minDate?: string | undefined;
  /**
   * The calendar button's name, where "Pick the <label> from a calendar" would not read well
   * (a label such as "From" names a field, not a date).
   */
  pickLabel?: string | undefined;
}

/**
 * A date typed as `YYYY-MM-DD` or picked from a calendar. The text is the value, so a typed
 * date that the server refuses stays exactly as typed next to its message.
 */
export function DateField({
  label,
  value,
  onChange,
  minDate,
  pickLabel,
  ...props
}: DateFieldProps) {
  const { t } = useTranslation();
  const locale = useDayjsLocale();
  const [isOpen, setIsOpen] = useState(false);
  const picked = isRealDate(value) ? value : null;
  return (
    <Popover
      opened={isOpen}
      onChange={setIsOpen}
      position="bottom-end"
      shadow="md"
      trapFocus
      returnFocus
    >
      <TextInput
        label={label}
        placeholder={t('dateField.placeholder')}
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        rightSection={
          <Popover.Target>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={
                pickLabel ??
                t('dateField.pick', { label: locale === 'en' ? label.toLowerCase() : label })
              }
              aria-expanded={isOpen}
              aria-haspopup="dialog"
              onClick={() => setIsOpen((open) => !open)}
            >
              <CalendarIcon />
            </ActionIcon>
          </Popover.Target>
        }
        {...props}
      />
      <Popover.Dropdown
        // A dialog around the field closes on Escape unless the focused element carries this
        // mark; with it, Escape closes the calendar only.
        onFocusCapture={(event) => {
          event.target.setAttribute('data-mantine-stop-propagation', 'true');
        }}
      >
        <DatePicker
          value={picked}
          defaultDate={picked ?? minDate}
          minDate={minDate}
          ariaLabels={t('dateField.calendar', { returnObjects: true })}
          // Month and weekday names in the active language; weeks start on Monday, as the
          // clinic's calendar counts them.
          locale={locale}
          firstDayOfWeek={1}
          // Mantine paints weekends a red that fails contrast on white; the weekday header suffices.
          weekendDays={[]}
          onChange={(date) => {
            if (date) onChange(date);
            setIsOpen(false);
          }}
        />
      </Popover.Dropdown>
    </Popover>
  );
}
