import { Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { PageHeader } from '../../../components/ui/page-header';
import { clinicQueryKey, useClinic } from '../../../features/clinic/api/get-clinic';
import { SetupForm } from '../../../features/setup/components/setup-form';

export function SetupRoute() {
  const queryClient = useQueryClient();
  const { data: clinic } = useClinic();
  return (
    <Stack>
      <PageHeader title="Set up your clinic" />
      <Text size="sm">
        Welcome. Name the clinic and create the owner account; you can invite staff and add services
        next.
      </Text>
      <SetupForm
        lockedTimezone={clinic?.timezoneLocked ? clinic.timezone : undefined}
        // The clinic's name shown in headers was read before setup gave it one.
        onSuccess={() => void queryClient.invalidateQueries({ queryKey: clinicQueryKey })}
      />
    </Stack>
  );
}
