import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type AppointmentAuditEntry, auditAppointmentLabel } from '../utils/describe-audit-entry';

interface AuditAppointmentProps {
  entry: AppointmentAuditEntry;
  /** False once the appointment is known to be deleted. */
  canOpen: boolean;
  onOpen: (appointmentId: number) => void;
}

/** Whose appointment it is and when, with the way to open it while it still exists. */
export function AuditAppointment({ entry, canOpen, onOpen }: AuditAppointmentProps) {
  const { t } = useTranslation('audit');
  const { patient, when } = auditAppointmentLabel(entry, t);
  return (
    <Stack gap={2} align="flex-start">
      <Text size="sm" fw={500}>
        {patient}
      </Text>
      {when ? <Text size="sm">{when}</Text> : null}
      {canOpen ? (
        <Button
          size="compact-sm"
          variant="subtle"
          // A screen reader may reach the button out of its row, so its name says what it opens.
          aria-label={
            when
              ? t('appointment.viewLabelWhen', { patient, when })
              : t('appointment.viewLabel', { patient })
          }
          onClick={() => onOpen(entry.appointment)}
        >
          {t('appointment.view')}
        </Button>
      ) : null}
    </Stack>
  );
}
