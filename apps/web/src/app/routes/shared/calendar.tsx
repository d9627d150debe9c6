import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { ClinicCalendar } from '../../../features/calendar/components/clinic-calendar';

/** The same page serves /owner/calendar and /staff/calendar; it loads FullCalendar on demand. */
export function CalendarRoute() {
  const { t } = useTranslation('app');
  return (
    <Stack gap="lg">
      <PageHeader title={t('pages.calendar')} />
      <ClinicCalendar />
    </Stack>
  );
}
