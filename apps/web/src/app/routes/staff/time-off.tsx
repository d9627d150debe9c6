import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { TimeOffManager } from '../../../features/schedule/components/time-off-manager';

export function StaffTimeOffRoute() {
  const { t } = useTranslation('app');
  return (
    <Stack gap="lg">
      <PageHeader title={t('pages.timeOff')} />
      <TimeOffManager />
    </Stack>
  );
}
