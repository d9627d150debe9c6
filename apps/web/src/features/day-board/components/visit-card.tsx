import { Badge, Button, Group, Menu, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../components/ui/status-badge';
import { formatTime } from '../../../lib/dates';
import { NextStepButton, OtherStepItems, useStatusActions } from '../../appointments';
import type { ClinicClock } from '../../clinic';
import type { BoardVisit } from '../utils/day-board';

export type VisitDialog = 'cancel' | 'confirm' | 'view';

interface VisitCardProps {
  visit: BoardVisit;
  clock: ClinicClock;
  onOpen: (id: number, mode: VisitDialog) => void;
}

/**
 * One visit of the day with its one next step as a large button (check in, seat, complete)
 * and the rest in a menu. Late and waiting are written out, never shown by colour alone.
 */
export function VisitCard({ visit, clock, onOpen }: VisitCardProps) {
  const { t } = useTranslation('dayBoard');
  const { appointment, late, waitedMinutes } = visit;
  const { primary, others, isSaving, act } = useStatusActions(appointment, clock, (dialog) =>
    onOpen(appointment.id, dialog),
  );
  const which = t('which', {
    patient: appointment.patientName,
    time: formatTime(appointment.time),
  });
  const headingId = `visit-${appointment.id}`;

  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      radius="md"
      aria-labelledby={headingId}
      data-status={appointment.status}
      style={late ? { borderColor: 'var(--mantine-color-orange-7)', borderWidth: 2 } : undefined}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <div style={{ minWidth: 0 }}>
            <Text size="sm" fw={600}>
              {t('timeRange', {
                start: formatTime(appointment.time),
                end: formatTime(appointment.endTime),
              })}
            </Text>
            <Title order={3} size="h5" id={headingId} style={{ overflowWrap: 'anywhere' }}>
              {appointment.patientName}
            </Title>
            <Text size="xs" c="dimmed">
              {appointment.serviceName ?? t('noService')}
            </Text>
          </div>
          <StatusBadge status={appointment.status} />
        </Group>
        {late ? (
          <Badge color="orange" variant="filled" size="lg" radius="sm">
            {t('late')}
          </Badge>
        ) : null}
        {waitedMinutes !== null ? (
          <Text size="sm" fw={500} c={appointment.status === 'arrived' ? 'orange.9' : 'dimmed'}>
            {t(appointment.status === 'arrived' ? 'waiting' : 'waited', {
              minutes: waitedMinutes,
            })}
          </Text>
        ) : null}
        <Group gap="xs" wrap="nowrap">
          {primary ? (
            <NextStepButton
              size="md"
              style={{ flex: 1 }}
              status={appointment.status}
              to={primary}
              isSaving={isSaving}
              act={act}
              nameFor={(action) => t('actionLabel', { action, which })}
            />
          ) : null}
          <Menu position="bottom-end" shadow="md" withinPortal withInitialFocusPlaceholder={false}>
            <Menu.Target>
              <Button
                size="md"
                variant="default"
                aria-label={t('moreLabel', { which })}
                style={primary ? undefined : { flex: 1 }}
              >
                {t('more')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <OtherStepItems
                status={appointment.status}
                others={others}
                isSaving={isSaving}
                act={act}
              />
              <Menu.Item onClick={() => onOpen(appointment.id, 'view')}>{t('open')}</Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Stack>
    </Paper>
  );
}
