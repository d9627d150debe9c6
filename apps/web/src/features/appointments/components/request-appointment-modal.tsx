import { Alert, Modal, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FormActions } from '../../../components/ui/form-actions';
import { formatShortDate } from '../../../lib/dates';
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
          `Your request for ${formatShortDate(appointment.date)} at ${appointment.time} was sent.`,
        );
        onClose();
      },
      onError: (error) => showAppointmentFormError(form, error, 'Could not send the request'),
    }),
  );

  return (
    <Modal opened onClose={onClose} title="Request appointment" size="lg">
      <form noValidate onSubmit={send}>
        <Stack>
          <Alert color="blue" title="Requests stay pending until the clinic confirms them">
            The clinic checks each request against its schedule. This page shows the answer as soon
            as it is given.
          </Alert>
          <ScheduleFields
            form={form}
            minDate={clock?.today}
            isServiceRequired
            dentistPlaceholder="Any dentist"
          />
          <Textarea
            label="Notes for the clinic"
            description="Optional: what the visit is about, times that suit you."
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps('notes')}
          />
          <FormActions
            submitLabel="Send request"
            isPending={createAppointment.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
