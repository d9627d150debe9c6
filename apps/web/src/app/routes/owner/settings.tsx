import { Skeleton, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryError } from '../../../components/ui/query-error';
import { useClinic } from '../../../features/clinic/api/get-clinic';
import { ClinicSettingsForm } from '../../../features/clinic/components/clinic-settings-form';

export function OwnerSettingsRoute() {
  const clinic = useClinic();
  let content: ReactNode;
  if (clinic.data) {
    content = <ClinicSettingsForm clinic={clinic.data} />;
  } else if (clinic.error) {
    content = (
      <QueryError
        title="Could not load the clinic settings"
        error={clinic.error}
        onRetry={() => void clinic.refetch()}
      />
    );
  } else {
    content = (
      <Stack maw={640} role="status" aria-label="Loading">
        <Skeleton height={56} />
        <Skeleton height={56} />
        <Skeleton height={320} />
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      <PageHeader title="Clinic settings" />
      {content}
    </Stack>
  );
}
