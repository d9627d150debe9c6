import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../components/ui/status-badge';
import { formatLongDate, formatShortDate, formatTime } from '../../../lib/dates';
import type { Appointment } from '../../../types/api';

interface PendingRequestItemProps {
  appointment: Appointment;
  isSaving: boolean;
  onOpen: (appointment: Appointment) => void;
  onConfirm: (appointment: Appointment) => void;
  onDecline: (appointment: Appointment) => void;
}

/** A request with its answer one click away; declining asks for an optional reason first. */
export function PendingRequestItem({
  appointment,
  isSaving,
  onOpen,
  onConfirm,
  onDecline,
}: PendingRequestItemProps) {
  const { t } = useTranslation('dashboard');
  // Buttons are reached out of the row's context by screen readers, so they say which request.
  const which = t('pending.which', {
    patient: appointment.patientName,
    date: formatShortDate(appointment.date),
    time: formatTime(appointment.time),
  });
  const details = [
    appointment.serviceName,
    appointment.dentistName ?? t('pending.anyDentist'),
  ].filter(Boolean);
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={2} miw={0} style={{ flex: '1 1 14rem' }}>
          <Text size="sm" fw={600}>
            {t('dateAndTime', {
              date: formatLongDate(appointment.date),
              time: t('timeRange', {
                start: formatTime(appointment.time),
                end: formatTime(appointment.endTime),
              }),
            })}
          </Text>
          <Anchor
            component="button"
            type="button"
            size="sm"
            ta="left"
            aria-label={t('pending.viewRequest', { patient: appointment.patientName })}
            onClick={() => onOpen(appointment)}
          >
            {appointment.patientName}
          </Anchor>
          <Text size="xs" c="dimmed">
            {details.join(' · ')}
          </Text>
          {appointment.notes ? (
            <Text size="xs" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
              {appointment.notes}
            </Text>
          ) : null}
        </Stack>
        <Stack gap="xs" align="flex-end">
          <StatusBadge status={appointment.status} />
          <Group gap="xs" wrap="nowrap">
            <Button
              size="xs"
              loading={isSaving}
              aria-label={t('pending.confirmLabel', { which })}
              onClick={() => onConfirm(appointment)}
            >
              {t('pending.confirm')}
            </Button>
            <Button
              size="xs"
              variant="light"
              color="red"
              disabled={isSaving}
              aria-label={t('pending.declineLabel', { which })}
              onClick={() => onDecline(appointment)}
            >
              {t('pending.decline')}
            </Button>
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}
