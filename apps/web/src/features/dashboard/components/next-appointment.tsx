import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type DetailItem, DetailList } from '../../../components/ui/detail-list';
import { FamilyMark } from '../../../components/ui/family-mark';
import { StatusBadge } from '../../../components/ui/status-badge';
import { formatLongDate, formatTime } from '../../../lib/dates';
import type { Appointment } from '../../../types/api';
import { useCurrentUser } from '../../auth';
import { type ClinicNow, timeUntil } from '../utils/time-until';

interface NextAppointmentProps {
  appointment: Appointment;
  clock: ClinicNow;
}

/** A patient's next visit, large: when, how soon, with whom, and whether it is confirmed. */
export function NextAppointment({ appointment, clock }: NextAppointmentProps) {
  const { t, i18n } = useTranslation('dashboard');
  const me = useCurrentUser();
  const headingId = useId();
  const until = timeUntil(appointment, clock);
  const items: DetailItem[] = [
    { label: t('next.dentist'), value: appointment.dentistName ?? t('next.anyDentist') },
    { label: t('next.service'), value: appointment.serviceName ?? t('next.serviceUndecided') },
  ];
  if (appointment.notes) items.push({ label: t('next.notes'), value: appointment.notes });
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      withBorder
      p="lg"
      radius="md"
      style={{ borderLeft: '6px solid var(--mantine-color-blue-8)' }}
    >
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm" mb="md">
        <Stack gap={4}>
          <Title order={2} size="h4" id={headingId}>
            {t('next.title')}
          </Title>
          <Text fz={26} fw={700} lh={1.2}>
            {formatLongDate(appointment.date)}
          </Text>
          <FamilyMark
            name={appointment.patient === me.id ? null : appointment.patientName}
            wording="forPerson"
          />
          <Text fz="lg" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {t('timeRange', {
              start: formatTime(appointment.time),
              end: formatTime(appointment.endTime),
            })}
          </Text>
        </Stack>
        <Stack gap="xs" align="flex-end">
          <StatusBadge status={appointment.status} />
          <Badge size="lg" variant="light" color="blue" tt="none">
            {until === 'now'
              ? t('next.underWay')
              : until.charAt(0).toLocaleUpperCase(i18n.language) + until.slice(1)}
          </Badge>
        </Stack>
      </Group>
      <DetailList items={items} />
      {appointment.status === 'pending' ? (
        <Text size="sm" c="dimmed" mt="md">
          {t('next.awaitingConfirmation')}
        </Text>
      ) : null}
    </Paper>
  );
}
