import { Center, Loader } from '@mantine/core';
import type { DatePickerProps } from '@mantine/dates';
import { lazy, Suspense } from 'react';

const DatePickerCalendar = lazy(async () => ({
  default: (await import('./date-picker-calendar')).DatePickerCalendar,
}));

/** A date picker that downloads the calendar (about 20 kB compressed) when first opened. */
export function DatePicker(props: DatePickerProps) {
  return (
    <Suspense
      fallback={
        // About the calendar's size, so the dropdown does not jump when it arrives.
        <Center w={268} h={256}>
          <Loader size="sm" />
        </Center>
      }
    >
      <DatePickerCalendar {...props} />
    </Suspense>
  );
}
