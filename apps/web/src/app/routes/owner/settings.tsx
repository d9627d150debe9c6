import { Skeleton, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryError } from '../../../components/ui/query-error';
import { useClinic } from '../../../features/clinic/api/get-clinic';
import { ClinicSettingsForm } from '../../../features/clinic/components/clinic-settings-form';

export function OwnerSettingsRoute() {
  const { t } = useTranslation(['app', 'common']);
  const clinic = useClinic();
  let content: ReactNode;
  if (clinic.data) {
    content = <ClinicSettingsForm clinic={clinic.data} />;
  } else if (clinic.error) {
    content = (
      <QueryError
        title={t('pages.settingsLoadFailed')}
        error={clinic.error}
        onRetry={() => void clinic.refetch()}
      />
    );
  } else {
    content = (
      <Stack maw={640} role="status" aria-label={t('common:loading')}>
        <Skeleton height={56} />
        <Skeleton height={56} />
        <Skeleton height={320} />
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      <PageHeader title={t('pages.clinicSettings')} />
      {content}
    </Stack>
  );
}
