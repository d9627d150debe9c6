import { Skeleton, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../types/api';
import { useAppointmentHistory } from '../api/get-appointment-history';
import { cancellationOutcome } from '../utils/visit-outcome';

/**
 * Who called a patient's visit off and why, read from its history. Only cancelled cards ask,
 * and the history stays cached (and refreshed by live updates) once read.
 */
export function CancellationNote({ appointment }: { appointment: Appointment }) {
  const { t } = useTranslation('appointments');
  const history = useAppointmentHistory(appointment.id);
  if (history.isPending) {
    return <Skeleton height={16} mt="sm" aria-label={t('outcome.loading')} role="status" />;
  }
  if (history.isError) {
    return (
      <Text size="sm" c="dimmed" mt="sm">
        {t('outcome.loadError')}
      </Text>
    );
  }
  const outcome = cancellationOutcome(history.data, appointment.patient);
  if (!outcome) return null;
  const who = outcome.byPatient ? 'byYou' : 'byClinic';
  return (
    <Text size="sm" mt="sm">
      <Text span fw={600}>
        {t(`outcome.${outcome.kind}.${who}`)}
      </Text>{' '}
      {outcome.reason ? t('outcome.reason', { reason: outcome.reason }) : t('outcome.noReason')}
    </Text>
  );
}
