import { Button, Grid, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { EmptyState } from '../../../components/ui/empty-state';
import { QueryError } from '../../../components/ui/query-error';
import { StatCard } from '../../../components/ui/stat-card';
import { RequestAppointmentModal } from '../../appointments/components/request-appointment-modal-lazy';
import { useClinicClock } from '../../clinic/hooks/use-clinic-clock';
import { useDashboard } from '../api/get-dashboard';
import { useDashboardLiveSync } from '../hooks/use-dashboard-live-sync';
import { NextAppointment } from './next-appointment';
import { UpcomingAppointments } from './upcoming-appointments';

/** A patient's landing page: the next visit first, then the rest, kept live. */
export function PatientDashboard() {
  const dashboard = useDashboard();
  const clock = useClinicClock();
  const [isRequestOpen, requestModal] = useDisclosure(false);
  useDashboardLiveSync();
  const data = dashboard.data?.role === 'patient' ? dashboard.data : undefined;

  let content: ReactNode;
  if (dashboard.isError && !data) {
    content = (
      <QueryError
        title="Could not load your appointments"
        error={dashboard.error}
        onRetry={() => void dashboard.refetch()}
      />
    );
  } else if (!data || !clock) {
    content = (
      <Stack role="status" aria-label="Loading">
        <Skeleton height={180} />
        <Skeleton height={100} />
      </Stack>
    );
  } else if (!data.nextAppointment) {
    // Without a next visit there is nothing later either, and no request waiting.
    content = (
      <Paper withBorder radius="md">
        <EmptyState
          title="No upcoming appointments"
          description="Request one and the clinic will confirm it."
          action={<Button onClick={requestModal.open}>Request an appointment</Button>}
        />
      </Paper>
    );
  } else {
    content = (
      <Stack gap="lg">
        <NextAppointment appointment={data.nextAppointment} clock={clock} />
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <UpcomingAppointments appointments={data.upcoming} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <StatCard
              label="Requests waiting for the clinic"
              value={data.pendingCount}
              isError={false}
              to="/patient/appointments"
              linkLabel="See your appointments"
            />
          </Grid.Col>
        </Grid>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Text size="sm" c="dimmed">
          Times are in the clinic’s time zone{clock ? ` (${clock.zone})` : ''}.
        </Text>
        <Button onClick={requestModal.open}>Request appointment</Button>
      </Group>
      {content}
      {isRequestOpen ? <RequestAppointmentModal onClose={requestModal.close} /> : null}
    </Stack>
  );
}
