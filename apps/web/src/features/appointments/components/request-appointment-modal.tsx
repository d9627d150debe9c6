import { Alert, Modal, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../components/ui/form-actions';
import { formatShortDate, formatTime } from '../../../lib/dates';
import { notifySuccess } from '../../../lib/notify';
import { serverNow } from '../../../lib/server-clock';
import { useClinicClock } from '../../clinic';
import { useCreateAppointment } from '../api/create-appointment';
import {
  type AppointmentFormValues,
  emptyAppointmentForm,
  toCreateInput,
  validateAppointmentForm,
} from '../utils/appointment-form';
import { showAppointmentFormError } from '../utils/show-appointment-form-error';
import { ScheduleFields } from './schedule-fields';

/** A patient asks for a visit; the clinic confirms it. Mounted only while open. */
export function RequestAppointmentModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('appointments');
  const clock = useClinicClock();
  const createAppointment = useCreateAppointment();
  const form = useForm<AppointmentFormValues>({
    initialValues: { ...emptyAppointmentForm, status: 'pending' },
    validate: (values) =>
      clock
        ? validateAppointmentForm(values, {
            zone: clock.zone,
            now: serverNow(),
            requireService: true,
          })
        : {},
  });

  const send = form.onSubmit((values) =>
    createAppointment.mutate(toCreateInput(values, { asTeam: false }), {
      onSuccess: (appointment) => {
        notifySuccess(
          t('request.sent', {
            date: formatShortDate(appointment.date),
            time: formatTime(appointment.time),
          }),
        );
        onClose();
      },
      onError: (error) => showAppointmentFormError(form, error, t('request.error')),
    }),
  );

  return (
    <Modal opened onClose={onClose} title={t('request.title')} size="lg">
      <form noValidate onSubmit={send}>
        <Stack>
          <Alert color="blue" title={t('request.explanationTitle')}>
            {t('request.explanation')}
          </Alert>
          <ScheduleFields
            form={form}
            minDate={clock?.today}
            isServiceRequired
            dentistPlaceholder={t('request.anyDentist')}
          />
          <Textarea
            label={t('request.notes')}
            description={t('request.notesHint')}
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps('notes')}
          />
          <FormActions
            submitLabel={t('request.submit')}
            isPending={createAppointment.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
