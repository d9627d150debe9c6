import { Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { clinicQueryKey, useClinic } from '../../../features/clinic/api/get-clinic';
import { SetupForm } from '../../../features/setup/components/setup-form';

export function SetupRoute() {
  const { t } = useTranslation('setup');
  const queryClient = useQueryClient();
  const { data: clinic } = useClinic();
  return (
    <Stack>
      <PageHeader title={t('title')} />
      <Text size="sm">{t('intro')}</Text>
      <SetupForm
        lockedTimezone={clinic?.timezoneLocked ? clinic.timezone : undefined}
        // The clinic's name shown in headers was read before setup gave it one.
        onSuccess={() => void queryClient.invalidateQueries({ queryKey: clinicQueryKey })}
      />
    </Stack>
  );
}
