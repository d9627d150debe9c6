import { Button, Grid, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { QueryError } from '../../../components/ui/query-error';
import { StatCard } from '../../../components/ui/stat-card';
import { RequestAppointmentModal } from '../../appointments';
import { useClinicClock } from '../../clinic';
import { useDashboard } from '../api/get-dashboard';
import { useDashboardLiveSync } from '../hooks/use-dashboard-live-sync';
import { NextAppointment } from './next-appointment';
import { UpcomingAppointments } from './upcoming-appointments';

/** A patient's landing page: the next visit first, then the rest, kept live. */
export function PatientDashboard() {
  const { t } = useTranslation(['dashboard', 'common']);
  const dashboard = useDashboard();
  const clock = useClinicClock();
  const [isRequestOpen, requestModal] = useDisclosure(false);
  useDashboardLiveSync();
  const data = dashboard.data?.role === 'patient' ? dashboard.data : undefined;

  let content: ReactNode;
  if (dashboard.isError && !data) {
    content = (
      <QueryError
        title={t('patient.loadError')}
        error={dashboard.error}
        onRetry={() => void dashboard.refetch()}
      />
    );
  } else if (!data || !clock) {
    content = (
      <Stack role="status" aria-label={t('common:loading')}>
        <Skeleton height={180} />
        <Skeleton height={100} />
      </Stack>
    );
  } else if (!data.nextAppointment) {
    // Without a next visit there is nothing later either, and no request waiting.
    content = (
      <Paper withBorder radius="md">
        <EmptyState
          title={t('patient.noUpcomingTitle')}
          description={t('patient.noUpcomingDescription')}
          action={<Button onClick={requestModal.open}>{t('patient.requestOne')}</Button>}
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
              label={t('patient.waiting')}
              value={data.pendingCount}
              isError={false}
              to="/patient/appointments"
              linkLabel={t('patient.waitingLink')}
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
          {clock ? t('timeZoneNote', { zone: clock.zone }) : t('timeZoneNoteUnknown')}
        </Text>
        <Button onClick={requestModal.open}>{t('requestAppointment')}</Button>
      </Group>
      {content}
      {isRequestOpen ? <RequestAppointmentModal onClose={requestModal.close} /> : null}
    </Stack>
  );
}
