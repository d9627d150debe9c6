import { Text } from '@mantine/core';

/** What each rate divides by, since "utilisation" alone could mean several things. */
export function ReportMeasuresNote() {
  return (
    <Text size="sm" c="dimmed">
      Utilisation is booked chair time ÷ the clinic’s opening hours (for the totals, every listed
      dentist’s opening hours). Booked time counts every appointment but cancelled ones. No-show
      rate is no-shows ÷ visits that were due (completed or missed). Cancellation rate is cancelled
      ÷ all appointments. A dash means there is nothing to divide by yet.
    </Text>
  );
}
