import { DatePicker, type DatePickerProps } from '@mantine/dates';
import { useEffect, useRef } from 'react';

/**
 * Mantine's date picker, in a chunk of its own with @mantine/dates and its stylesheet. On the
 * first opening the dropdown took the focus while this loaded; it moves on to the calendar's
 * first control, where it would have gone had the calendar been there from the start.
 */
export function DatePickerCalendar(props: DatePickerProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const calendar = ref.current;
    const dropdown = calendar?.parentElement;
    if (!calendar || !dropdown || document.activeElement !== dropdown) return;
    calendar.querySelector<HTMLElement>('button:not([disabled]), [tabindex="0"]')?.focus();
  }, []);
  return (
    <div ref={ref}>
      <DatePicker {...props} />
    </div>
  );
}
