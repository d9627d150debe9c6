import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { ScheduleManager } from '../../../features/schedule/components/schedule-manager';

export function OwnerScheduleRoute() {
  const { t } = useTranslation('app');
  return (
    <Stack gap="lg">
      <PageHeader title={t('pages.schedule')} />
      <ScheduleManager />
    </Stack>
  );
}
