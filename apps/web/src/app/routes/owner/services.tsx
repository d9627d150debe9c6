import { Stack } from '@mantine/core';
import { PageHeader } from '../../../components/ui/page-header';
import { ServicesManager } from '../../../features/services/components/services-manager';

export function OwnerServicesRoute() {
  return (
    <Stack gap="lg">
      <PageHeader title="Services" />
      <ServicesManager />
    </Stack>
  );
}
