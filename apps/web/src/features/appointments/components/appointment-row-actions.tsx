import { Button, Group, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatShortDate, formatTime } from '../../../lib/dates';
import type { Appointment } from '../../../types/api';
import type { ClinicClock } from '../../clinic';
import { useStatusActions } from '../hooks/use-status-actions';
import type { AppointmentDialogMode } from './appointment-dialog';
import { NextStepButton, OtherStepItems } from './status-steps';

interface AppointmentRowActionsProps {
  appointment: Appointment;
  clock: ClinicClock;
  onOpen: (appointment: Appointment, mode: AppointmentDialogMode) => void;
}

/**
 * View, the most likely next step as its own button, and the rest in a menu. Every name says
 * which appointment it acts on, since a screen reader may reach it out of the row's context.
 */
export function AppointmentRowActions({ appointment, clock, onOpen }: AppointmentRowActionsProps) {
  const { t } = useTranslation(['appointments', 'common']);
  const { primary, others, isSaving, act } = useStatusActions(appointment, clock, (dialog) =>
    onOpen(appointment, dialog),
  );
  const which = t('which', {
    patient: appointment.patientName,
    date: formatShortDate(appointment.date),
    time: formatTime(appointment.time),
  });

  return (
    <Group gap={4} wrap="nowrap">
      <Button
        size="xs"
        variant="subtle"
        aria-label={t('rowActions.viewLabel', { which })}
        onClick={() => onOpen(appointment, 'view')}
      >
        {t('rowActions.view')}
      </Button>
      {primary ? (
        <NextStepButton
          size="xs"
          variant="light"
          status={appointment.status}
          to={primary}
          isSaving={isSaving}
          act={act}
          nameFor={(action) => t('rowActions.actionLabel', { action, which })}
        />
      ) : null}
      {/* Mantine's focus placeholder is a focusable element without a role, which a menu may
          not contain; without it the first item takes the focus. */}
      <Menu position="bottom-end" shadow="md" withinPortal withInitialFocusPlaceholder={false}>
        <Menu.Target>
          <Button
            size="xs"
            variant="subtle"
            color="gray"
            aria-label={t('rowActions.moreLabel', { which })}
          >
            {t('rowActions.more')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <OtherStepItems
            status={appointment.status}
            others={others}
            isSaving={isSaving}
            act={act}
          />
          <Menu.Item onClick={() => onOpen(appointment, 'edit')}>
            {t('common:actions.edit')}
          </Menu.Item>
          <Menu.Item c="red.9" onClick={() => onOpen(appointment, 'delete')}>
            {t('common:actions.delete')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
