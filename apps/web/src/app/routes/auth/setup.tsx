import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { publicClinic, usePublicClinic } from '../../../features/clinic/api/public-clinic';
import { SetupForm } from '../../../features/setup/components/setup-form';
import { QueryArea } from '../../query-area';

export function SetupRoute() {
  const { t } = useTranslation('setup');
  const { data: clinic } = usePublicClinic();
  return (
    <Stack>
      <PageHeader title={t('title')} />
      <Text size="sm">{t('intro')}</Text>
      <QueryArea>
        <SetupForm
          lockedTimezone={clinic?.timezoneLocked ? clinic.timezone : undefined}
          // The clinic's name shown in headers was read before setup gave it one.
          onSuccess={() => void publicClinic.load()}
        />
      </QueryArea>
    </Stack>
  );
}
