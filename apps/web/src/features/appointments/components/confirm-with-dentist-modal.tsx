import { Alert, Button, Group, Loader, Modal, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLongDate, formatTime } from '../../../lib/dates';
import type { Appointment } from '../../../types/api';
import { useAvailability } from '../../availability';
import { useDentists } from '../../users';
import { useChangeStatus } from '../hooks/use-change-status';
import { freeDentistsAt } from '../utils/free-dentists';

interface ConfirmWithDentistModalProps {
  appointment: Appointment;
  onDone: () => void;
  onClose: () => void;
  /** Where a request no dentist is free for goes: the full edit form. */
  onEdit: () => void;
}

/**
 * Confirming needs a dentist: a request without one asks who, offering the dentists the free
 * times have at its start (all active dentists when it names no service, the server judging).
 */
export function ConfirmWithDentistModal({
  appointment,
  onDone,
  onClose,
  onEdit,
}: ConfirmWithDentistModalProps) {
  const { t } = useTranslation(['appointments', 'common']);
  const dentists = useDentists();
  const service = appointment.service;
  const availability = useAvailability(
    service === null
      ? null
      : { service, dentist: 'any', dateFrom: appointment.date, dateTo: appointment.date },
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const changeStatus = useChangeStatus();

  const freeIds =
    service === null
      ? (dentists.data ?? []).map((d) => d.id)
      : freeDentistsAt(availability.data, appointment.date, appointment.time);
  const named = freeIds
    .map((id) => dentists.data?.find((d) => d.id === id))
    .filter((d) => d !== undefined);
  const isLoading = dentists.isPending || (service !== null && availability.isPending);
  const failed = dentists.isError || availability.isError;

  const confirm = () => {
    if (chosen === null) return;
    changeStatus.change(appointment, 'confirmed', {
      dentist: Number(chosen),
      onSuccess: onDone,
      // Shown in the dialog, where the person is looking.
      onError: () => undefined,
    });
  };

  let body: React.ReactNode;
  if (isLoading) {
    body = (
      <Group gap="xs">
        <Loader size="sm" />
        <Text size="sm">{t('confirmDentist.loading')}</Text>
      </Group>
    );
  } else if (failed) {
    body = (
      <Alert color="red" role="alert">
        {t('confirmDentist.loadFailed')}
      </Alert>
    );
  } else if (named.length === 0) {
    body = <Text size="sm">{t('confirmDentist.noneFree')}</Text>;
  } else {
    body = (
      <Radio.Group label={t('confirmDentist.freeLabel')} value={chosen} onChange={setChosen}>
        <Stack gap="xs" mt="xs">
          {named.map((dentist) => (
            <Radio key={dentist.id} value={String(dentist.id)} label={dentist.name} />
          ))}
        </Stack>
      </Radio.Group>
    );
  }

  return (
    <Modal opened onClose={onClose} title={t('confirmDentist.title')} centered>
      <Stack>
        <Text size="sm">
          {t('confirmDentist.summary', {
            patient: appointment.patientName,
            date: formatLongDate(appointment.date),
            time: formatTime(appointment.time),
          })}
        </Text>
        {body}
        {changeStatus.error ? (
          <Alert color="red" title={t('confirmDentist.error')} role="alert">
            {changeStatus.error.message}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          {named.length === 0 && !isLoading ? (
            <Button variant="light" onClick={onEdit}>
              {t('confirmDentist.openAppointment')}
            </Button>
          ) : (
            <Button
              disabled={chosen === null}
              loading={changeStatus.pendingId !== undefined}
              onClick={confirm}
            >
              {t('confirmDentist.confirm')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
