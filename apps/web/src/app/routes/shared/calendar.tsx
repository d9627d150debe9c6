import { Stack } from '@mantine/core';
import { PageHeader } from '../../../components/ui/page-header';
import { ClinicCalendar } from '../../../features/calendar/components/clinic-calendar';

/** The same page serves /owner/calendar and /staff/calendar; it loads FullCalendar on demand. */
export function CalendarRoute() {
  return (
    <Stack gap="lg">
      <PageHeader title="Calendar" />
      <ClinicCalendar />
    </Stack>
  );
}
