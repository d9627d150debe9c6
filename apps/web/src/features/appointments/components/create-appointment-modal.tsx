import { Checkbox, Group, Modal, Radio, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../components/ui/form-actions';
import { formatShortDate, formatTime } from '../../../lib/dates';
import { dismissNotice, notifySuccess } from '../../../lib/notify';
import { serverNow } from '../../../lib/server-clock';
import type { Appointment } from '../../../types/api';
import { useClinicClock } from '../../clinic';
import { useCreateAppointment } from '../api/create-appointment';
import {
  type AppointmentFormValues,
  emptyAppointmentForm,
  toCreateInput,
  validateAppointmentForm,
} from '../utils/appointment-form';
import { showAppointmentFormError } from '../utils/show-appointment-form-error';
import { PatientPicker } from './patient-picker';
import { ScheduleFields } from './schedule-fields';

export interface CreateAppointmentModalProps {
  onClose: () => void;
  onCreated?: (appointment: Appointment) => void;
  /** Prefills, e.g. from the empty calendar slot that was clicked. */
  initialDate?: string;
  initialTime?: string;
  initialDentistId?: number | null;
}

/** For owner and staff. Mounted only while open, so each booking starts from a clean form. */
export function CreateAppointmentModal({
  onClose,
  onCreated,
  initialDate,
  initialTime,
  initialDentistId,
}: CreateAppointmentModalProps) {
  const { t } = useTranslation('appointments');
  const clock = useClinicClock();
  const createAppointment = useCreateAppointment();
  const noticeId = useId();
  const form = useForm<AppointmentFormValues>({
    // A refusal describes the form as it was sent; once the person changes it, it is old news
    // and would only cover the form.
    onValuesChange: () => dismissNotice(noticeId),
    initialValues: {
      ...emptyAppointmentForm,
      date: initialDate ?? '',
      time: initialTime ?? '',
      dentist: initialDentistId == null ? '' : String(initialDentistId),
    },
    validate: (values) =>
      clock
        ? validateAppointmentForm(values, {
            zone: clock.zone,
            now: serverNow(),
            today: clock.today,
            requirePatient: true,
            requireDentistToConfirm: true,
          })
        : {},
  });
  const isRecord = form.values.recordedAfterTheFact;
  // Each kind of entry offers its own statuses: a booking or what already happened.
  const switchKind = (record: boolean) => {
    form.setFieldValue('recordedAfterTheFact', record);
    form.setFieldValue('status', record ? 'completed' : 'confirmed');
    form.clearErrors();
  };

  const save = form.onSubmit((values) => {
    dismissNotice(noticeId);
    createAppointment.mutate(toCreateInput(values, { asTeam: true }), {
      onSuccess: (appointment) => {
        notifySuccess(
          t(isRecord ? 'recordAfter.recorded' : 'create.booked', {
            patient: appointment.patientName,
            date: formatShortDate(appointment.date),
            time: formatTime(appointment.time),
          }),
        );
        onCreated?.(appointment);
        onClose();
      },
      onError: (error) => showAppointmentFormError(form, error, t('create.error'), noticeId),
    });
  });

  return (
    <Modal opened onClose={onClose} title={t('create.title')} size="lg">
      <form noValidate onSubmit={save}>
        <Stack>
          <PatientPicker
            required
            data-autofocus
            {...form.getInputProps('patient')}
            value={form.values.patient}
          />
          <Checkbox
            label={t('recordAfter.toggle')}
            description={t('recordAfter.toggleHint')}
            checked={isRecord}
            onChange={(event) => switchKind(event.currentTarget.checked)}
          />
          {isRecord ? (
            // A record is of the past and of what happened: no earliest day, no free times.
            <ScheduleFields form={form} minDate={undefined} />
          ) : (
            <ScheduleFields form={form} minDate={clock?.today} teamAvailability={{}} />
          )}
          {isRecord ? (
            <Radio.Group label={t('recordAfter.status')} {...form.getInputProps('status')}>
              <Group mt="xs">
                <Radio value="completed" label={t('recordAfter.completed')} />
                <Radio value="arrived" label={t('recordAfter.arrived')} />
                <Radio value="no_show" label={t('recordAfter.noShow')} />
              </Group>
            </Radio.Group>
          ) : (
            <Radio.Group label={t('create.status')} {...form.getInputProps('status')}>
              <Group mt="xs">
                <Radio value="confirmed" label={t('create.confirmed')} />
                <Radio value="pending" label={t('create.pendingLater')} />
              </Group>
            </Radio.Group>
          )}
          <Textarea
            label={t('create.notes')}
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps('notes')}
          />
          <FormActions
            submitLabel={t(isRecord ? 'recordAfter.submit' : 'create.submit')}
            isPending={createAppointment.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
