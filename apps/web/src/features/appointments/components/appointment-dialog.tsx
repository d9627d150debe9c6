import { Alert, Button, Group, Modal, Skeleton, Stack, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/ui/query-error';
import { isApiError } from '../../../lib/api-error';
import type { Appointment } from '../../../types/api';
import { useClinicClock } from '../../clinic';
import { useAppointment } from '../api/get-appointment';
import { AppointmentDetails } from './appointment-details';
import { CancelAppointmentModal } from './cancel-appointment-modal';
import { ConfirmWithDentistModal } from './confirm-with-dentist-modal';
import { DeleteAppointmentModal } from './delete-appointment-modal';
import { EditAppointmentForm } from './edit-appointment-form';
import { StatusActionButtons } from './status-action-buttons';

export type AppointmentDialogMode = 'view' | 'edit' | 'delete' | 'cancel' | 'confirm';

export interface AppointmentDialogProps {
  appointmentId: number;
  /** What the caller already shows (a table row, a calendar event), displayed while it loads. */
  appointment?: Appointment;
  initialMode?: AppointmentDialogMode;
  onClose: () => void;
}

/**
 * One appointment for the clinic team: view, edit, cancel and delete, each step able to lead to
 * the next. Mounted only while open.
 */
export function AppointmentDialog({
  appointmentId,
  appointment: shown,
  initialMode = 'view',
  onClose,
}: AppointmentDialogProps) {
  const { t } = useTranslation(['appointments', 'common']);
  const [mode, setMode] = useState(initialMode);
  const query = useAppointment(appointmentId, shown);
  const clock = useClinicClock();
  const theme = useMantineTheme();
  const isPhone = useMediaQuery(`(max-width: ${theme.breakpoints.sm})`);
  const appointment = query.data;
  // A step opened from the view returns to it; one opened directly closes the dialog.
  const back = () => (mode === initialMode ? onClose() : setMode('view'));

  if (appointment && mode === 'delete') {
    return <DeleteAppointmentModal appointment={appointment} onDeleted={onClose} onClose={back} />;
  }
  if (appointment && mode === 'cancel') {
    return (
      <CancelAppointmentModal
        appointment={appointment}
        onDone={() => (initialMode === 'cancel' ? onClose() : setMode('view'))}
        onClose={back}
      />
    );
  }

  if (appointment && mode === 'confirm') {
    return (
      <ConfirmWithDentistModal
        appointment={appointment}
        onDone={() => (initialMode === 'confirm' ? onClose() : setMode('view'))}
        onClose={back}
        onEdit={() => setMode('edit')}
      />
    );
  }

  let content: ReactNode;
  if (query.error && isApiError(query.error, 404)) {
    content = (
      <Stack>
        <Alert color="orange" title={t('dialog.goneTitle')}>
          {t('dialog.goneBody')}
        </Alert>
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('common:actions.close')}</Button>
        </Group>
      </Stack>
    );
  } else if (query.error && !appointment) {
    content = (
      <QueryError
        title={t('dialog.loadError')}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  } else if (!appointment || !clock) {
    content = (
      <Stack role="status" aria-label={t('common:loading')}>
        <Skeleton height={120} />
        <Skeleton height={120} />
      </Stack>
    );
  } else if (mode === 'edit') {
    content = (
      <EditAppointmentForm
        appointment={appointment}
        onSaved={() => (initialMode === 'edit' ? onClose() : setMode('view'))}
        onCancel={back}
      />
    );
  } else {
    content = (
      <Stack>
        <AppointmentDetails appointment={appointment} zone={clock.zone} />
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Group gap="xs">
            <StatusActionButtons
              appointment={appointment}
              clock={clock}
              onCancel={() => setMode('cancel')}
              onConfirmNeedsDentist={() => setMode('confirm')}
            />
          </Group>
          <Group gap="xs">
            <Button variant="subtle" color="red" onClick={() => setMode('delete')}>
              {t('common:actions.delete')}
            </Button>
            <Button variant="default" onClick={() => setMode('edit')}>
              {t('common:actions.edit')}
            </Button>
            <Button onClick={onClose}>{t('common:actions.close')}</Button>
          </Group>
        </Group>
      </Stack>
    );
  }

  const title = mode === 'edit' ? t('dialog.editTitle') : t('dialog.viewTitle');
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      size={mode === 'view' ? 'xl' : 'lg'}
      fullScreen={isPhone}
    >
      {content}
    </Modal>
  );
}
