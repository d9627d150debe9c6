import { Alert, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../components/ui/form-actions';
import { describeError, isApiError } from '../../../lib/api-error';
import { formatLongDate, formatShortDate, formatTime } from '../../../lib/dates';
import { notifySuccess } from '../../../lib/notify';
import type { Appointment } from '../../../types/api';
import { AvailabilityPicker, availabilityQueryKey, type PickedTime } from '../../availability';
import { useClinic, useClinicClock } from '../../clinic';
import { useUpdateAppointment } from '../api/update-appointment';

const KEEP = 'keep';
const ANY = 'any';
/** Refusals after which the free times on screen are out of date. */
const STALE_SLOT_CODES = new Set(['outside_availability', 'double_booking']);

/**
 * A patient moves their visit to another free time of the same service, with its dentist or
 * any dentist free then. Mounted only while open.
 */
export function MoveVisitModal({
  appointment,
  onClose,
}: {
  appointment: Appointment;
  onClose: () => void;
}) {
  const { t } = useTranslation(['appointments', 'availability']);
  const clock = useClinicClock();
  const clinic = useClinic();
  const queryClient = useQueryClient();
  const update = useUpdateAppointment();
  const [dentist, setDentist] = useState(appointment.dentist === null ? ANY : KEEP);
  const [picked, setPicked] = useState<PickedTime>({ date: '', time: '' });
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [missingTime, setMissingTime] = useState(false);
  const service = appointment.service;

  const send = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    if (picked.date === '' || picked.time === '') {
      setMissingTime(true);
      return;
    }
    update.mutate(
      {
        id: appointment.id,
        input: {
          date: picked.date,
          time: picked.time,
          // null asks for any dentist free then; left out, the visit keeps its dentist.
          ...(dentist === ANY && appointment.dentist !== null ? { dentist: null } : {}),
          ...(reason.trim() ? { reason: reason.trim() } : {}),
        },
        expectedVersion: appointment.version,
      },
      {
        onSuccess: (moved) => {
          notifySuccess(
            t(moved.status === 'pending' ? 'patientChange.movedPending' : 'patientChange.moved', {
              date: formatShortDate(moved.date),
              time: formatTime(moved.time),
            }),
          );
          onClose();
        },
        onError: (error) => {
          setProblem(describeError(error));
          if (isApiError(error, 409) && STALE_SLOT_CODES.has(error.code ?? '')) {
            setPicked((current) => ({ ...current, time: '' }));
            void queryClient.invalidateQueries({ queryKey: availabilityQueryKey });
          }
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={t('patientChange.moveTitle')} size="lg">
      <form noValidate onSubmit={send}>
        <Stack>
          <Text size="sm">
            {t('patientChange.moveSummary', {
              date: formatLongDate(appointment.date),
              time: formatTime(appointment.time),
            })}
          </Text>
          {appointment.status === 'confirmed' && clinic.data?.patientsMoveConfirmed === false ? (
            <Text size="sm" c="dimmed">
              {t('patientChange.moveConfirmedNote')}
            </Text>
          ) : null}
          {appointment.dentist !== null ? (
            <Select
              data-autofocus
              label={t('schedule.dentist')}
              data={[
                { value: KEEP, label: appointment.dentistName ?? t('card.anyDentist') },
                { value: ANY, label: t('request.anyDentist') },
              ]}
              allowDeselect={false}
              value={dentist}
              onChange={(value) => {
                setDentist(value ?? KEEP);
                setPicked((current) => ({ ...current, time: '' }));
              }}
            />
          ) : null}
          {problem ? (
            <Alert color="orange" role="alert" title={t('patientChange.moveError')}>
              {problem}
            </Alert>
          ) : null}
          {service !== null && clock ? (
            <AvailabilityPicker
              service={service}
              dentist={
                dentist === KEEP && appointment.dentist !== null ? appointment.dentist : 'any'
              }
              today={clock.today}
              value={picked}
              onChange={(value) => {
                setMissingTime(false);
                setPicked(value);
              }}
              isSending={update.isPending || update.isSuccess}
            />
          ) : (
            <Text size="sm">{t('patientChange.noService')}</Text>
          )}
          {missingTime ? (
            <Text size="sm" c="red.8" role="alert">
              {t('availability:slots.choose')}
            </Text>
          ) : null}
          <Textarea
            label={t('cancelDialog.reason')}
            description={t('cancelDialog.reasonHint')}
            autosize
            minRows={2}
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <FormActions
            submitLabel={t('patientChange.moveConfirm')}
            isPending={update.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
