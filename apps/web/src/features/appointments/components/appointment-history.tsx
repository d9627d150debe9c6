import { Alert, Button, List, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../lib/dates';
import type { Appointment } from '../../../types/api';
import { useServices } from '../../services';
import { useDentists } from '../../users';
import { useAppointmentHistory } from '../api/get-appointment-history';
import {
  type HistoryNames,
  historyActionLabel,
  shownHistoryChanges,
} from '../utils/describe-history';

function useHistoryNames(appointment: Appointment): HistoryNames {
  const dentists = useDentists();
  const services = useServices();
  const dentistNames = new Map((dentists.data ?? []).map((d) => [d.id, d.name]));
  if (appointment.dentist !== null && appointment.dentistName) {
    dentistNames.set(appointment.dentist, appointment.dentistName);
  }
  const serviceNames = new Map((services.data ?? []).map((s) => [s.id, s.name]));
  if (appointment.service !== null && appointment.serviceName) {
    serviceNames.set(appointment.service, appointment.serviceName);
  }
  return {
    dentists: dentistNames,
    services: serviceNames,
    patients: new Map([[appointment.patient, appointment.patientName]]),
  };
}

/** Who changed what and when, oldest first, as the server's append-only history has it. */
export function AppointmentHistory({
  appointment,
  zone,
}: {
  appointment: Appointment;
  zone: string;
}) {
  const { t } = useTranslation(['appointments', 'common']);
  const history = useAppointmentHistory(appointment.id);
  const names = useHistoryNames(appointment);

  if (history.error) {
    return (
      <Alert color="red" title={t('history.loadError')} role="alert">
        <Button size="xs" variant="white" color="red" onClick={() => void history.refetch()}>
          {t('common:actions.tryAgain')}
        </Button>
      </Alert>
    );
  }
  if (!history.data) {
    return (
      <Stack gap="xs" role="status" aria-label={t('common:loading')}>
        <Skeleton height={16} />
        <Skeleton height={16} width="70%" />
      </Stack>
    );
  }
  if (history.data.length === 0) return <Text size="sm">{t('history.empty')}</Text>;

  return (
    <List
      type="ordered"
      listStyleType="none"
      spacing="sm"
      size="sm"
      aria-label={t('history.label')}
    >
      {history.data.map((entry) => (
        <List.Item key={`${entry.at}-${entry.action}`}>
          <Text size="sm" fw={500}>
            {historyActionLabel(entry)}
          </Text>
          <Text size="xs" c="dimmed">
            {formatInstant(entry.at, zone)}
          </Text>
          {shownHistoryChanges(entry, names).map((change) => (
            <Text key={change.field} size="sm">
              {t('history.change', {
                label: change.label,
                before: change.before,
                after: change.after,
              })}
            </Text>
          ))}
          {entry.reason ? (
            <Text size="sm">{t('history.reason', { reason: entry.reason })}</Text>
          ) : null}
        </List.Item>
      ))}
    </List>
  );
}
