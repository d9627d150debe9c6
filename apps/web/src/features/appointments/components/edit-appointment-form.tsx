import { availableTransitions, isActiveStatus, isRealDate, normalizeTime } from '@clinic/domain';
import { Alert, Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { statusTitle } from '../../../components/ui/status-badge';
import { notifySuccess } from '../../../lib/notify';
import { serverNow } from '../../../lib/server-clock';
import type { Appointment } from '../../../types/api';
import { useClinicClock } from '../../clinic/hooks/use-clinic-clock';
import { useUpdateAppointment } from '../api/update-appointment';
import {
  type AppointmentFormValues,
  toFormValues,
  toUpdateInput,
  validateAppointmentForm,
} from '../utils/appointment-form';
import { showAppointmentFormError } from '../utils/show-appointment-form-error';
import { ScheduleFields } from './schedule-fields';

interface EditAppointmentFormProps {
  /** The latest copy; live updates replace it while the form is open. */
  appointment: Appointment;
  onSaved: (appointment: Appointment) => void;
  onCancel: () => void;
}

export function EditAppointmentForm({ appointment, onSaved, onCancel }: EditAppointmentFormProps) {
  const clock = useClinicClock();
  const updateAppointment = useUpdateAppointment();
  // The copy the form started from: what "changed" means, and what a newer copy is compared to.
  const [base, setBase] = useState(appointment);
  const initial = toFormValues(base);
  const form = useForm<AppointmentFormValues>({
    initialValues: initial,
    validate: (values) => {
      if (!clock) return {};
      const time = normalizeTime(values.time.trim());
      const isMoved = values.date.trim() !== initial.date || time !== initial.time;
      const isReinstated = !isActiveStatus(initial.status) && isActiveStatus(values.status);
      return validateAppointmentForm(values, {
        zone: clock.zone,
        now: serverNow(),
        // Only a booking that takes a slot anew must lie in the future; marking a past visit
        // completed must not be refused for being past.
        mustBeFuture: isActiveStatus(values.status) && (isMoved || isReinstated),
      });
    },
  });

  const statusDate = isRealDate(form.values.date) ? form.values.date : base.date;
  const statuses = [
    base.status,
    ...(clock ? availableTransitions(base.status, statusDate, clock.today) : []),
  ];
  // While this form saves, the live echo of its own save arrives first; that is not news.
  const isChangedElsewhere =
    appointment.updatedAt !== base.updatedAt && !updateAppointment.isPending;

  const startOver = () => {
    setBase(appointment);
    form.setValues(toFormValues(appointment));
    form.resetDirty(toFormValues(appointment));
    form.clearErrors();
  };

  const save = form.onSubmit((values) => {
    const input = toUpdateInput(values, initial);
    if (Object.keys(input).length === 0) {
      onCancel();
      return;
    }
    updateAppointment.mutate(
      { id: base.id, input },
      {
        onSuccess: (saved) => {
          notifySuccess(`The appointment for ${saved.patientName} was saved.`);
          onSaved(saved);
        },
        onError: (error) => showAppointmentFormError(form, error, 'Could not save the appointment'),
      },
    );
  });

  return (
    <form noValidate onSubmit={save}>
      <Stack>
        {isChangedElsewhere ? (
          <Alert color="yellow" title="Changed by someone else meanwhile">
            <Stack gap="xs" align="flex-start">
              Saving now applies only the fields you changed, over their version.
              <Button size="xs" variant="white" color="dark" onClick={startOver}>
                Start again from their version
              </Button>
            </Stack>
          </Alert>
        ) : null}
        <TextInput
          label="Patient"
          description="The patient of an appointment cannot change; book a new one instead."
          value={`${base.patientName} (${base.patientEmail})`}
          readOnly
          variant="filled"
        />
        <Select
          label="Status"
          data={statuses.map((status) => ({ value: status, label: statusTitle(status) }))}
          allowDeselect={false}
          description="Only the steps the workflow allows from here."
          {...form.getInputProps('status')}
        />
        <ScheduleFields form={form} minDate={clock?.today} current={base} />
        <Textarea label="Notes" autosize minRows={2} maxRows={6} {...form.getInputProps('notes')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={updateAppointment.isPending}>
            Save changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
