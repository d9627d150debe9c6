import { OPEN_REQUESTS_LIMIT, WEEKDAYS } from '@clinic/domain';
import { Button, Group, NumberInput, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { TimezoneSelect } from '../../../components/ui/timezone-select';
import { showFormError } from '../../../lib/form-errors';
import { notifySuccess } from '../../../lib/notify';
import type { Clinic } from '../../../types/api';
import { useUpdateClinic } from '../api/update-clinic';
import {
  type ClinicSettingsValues,
  toFormErrors,
  toFormValues,
  toUpdateInput,
  validateClinicSettings,
  weekdayLabels,
} from './clinic-settings-values';
import { WeekdayHoursField } from './weekday-hours-field';

export function ClinicSettingsForm({ clinic }: { clinic: Clinic }) {
  const updateClinic = useUpdateClinic();
  const form = useForm<ClinicSettingsValues>({
    initialValues: toFormValues(clinic),
    validate: validateClinicSettings,
  });

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        updateClinic.mutate(toUpdateInput(values, { withTimezone: !clinic.timezoneLocked }), {
          onSuccess: (saved) => {
            form.resetDirty(toFormValues(saved));
            notifySuccess('The clinic settings were saved.');
          },
          onError: (error) =>
            showFormError(
              { setErrors: (errors) => form.setErrors(toFormErrors(errors)) },
              error,
              'Could not save the settings',
            ),
        }),
      )}
    >
      <Stack gap="xl" maw={640}>
        <Stack>
          <TextInput label="Clinic name" required {...form.getInputProps('name')} />
          <TimezoneSelect
            required
            lockedZone={clinic.timezoneLocked ? clinic.timezone : undefined}
            description="Appointment dates and times are in this zone."
            {...form.getInputProps('timezone')}
          />
          <NumberInput
            label="Reminder lead time (hours)"
            description={
              clinic.emailNotifications
                ? 'How long before a confirmed appointment patients get an email reminder.'
                : 'Email is off: the server needs a mail server (SMTP_URL) to send confirmations and reminders.'
            }
            min={1}
            max={168}
            allowDecimal={false}
            allowNegative={false}
            required
            {...form.getInputProps('reminderLeadHours')}
          />
          <NumberInput
            label="Open requests per patient"
            description="How many requests one patient may have waiting for the front desk at once."
            min={OPEN_REQUESTS_LIMIT.min}
            max={OPEN_REQUESTS_LIMIT.max}
            allowDecimal={false}
            allowNegative={false}
            required
            {...form.getInputProps('maxOpenRequests')}
          />
        </Stack>
        <Stack gap="sm">
          <Title order={2} size="h4">
            Opening hours
          </Title>
          {WEEKDAYS.map((day) => (
            <WeekdayHoursField key={day} form={form} day={day} label={weekdayLabels[day]} />
          ))}
        </Stack>
        <Group justify="flex-end">
          <Button type="submit" loading={updateClinic.isPending}>
            Save settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
