import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { ServicesManager } from '../../../features/services/components/services-manager';

export function OwnerServicesRoute() {
  const { t } = useTranslation('app');
  return (
    <Stack gap="lg">
      <PageHeader title={t('pages.services')} />
      <ServicesManager />
    </Stack>
  );
}
