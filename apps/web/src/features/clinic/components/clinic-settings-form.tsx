import { LANGUAGES, OPEN_REQUESTS_LIMIT, TIME_FORMATS, WEEKDAYS } from '@clinic/domain';
import {
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { TimezoneSelect } from '../../../components/ui/timezone-select';
import { showFormError } from '../../../lib/form-errors';
import { languageNames } from '../../../lib/language';
import { notifySuccess } from '../../../lib/notify';
import type { Clinic } from '../../../types/api';
import { CalendarFeedSettings } from '../../calendar-feed';
import { useUpdateClinic } from '../api/update-clinic';
import { BookingRulesFields } from './booking-rules-fields';
import {
  type ClinicSettingsValues,
  toFormErrors,
  toFormValues,
  toUpdateInput,
  validateClinicSettings,
  weekdayLabel,
} from './clinic-settings-values';
import { ContactFields } from './contact-fields';
import { PatientChangeFields } from './patient-change-fields';
import { WeekdayHoursField } from './weekday-hours-field';

export function ClinicSettingsForm({ clinic }: { clinic: Clinic }) {
  const { t } = useTranslation('clinic');
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
            notifySuccess(t('saved'));
          },
          onError: (error) =>
            showFormError(
              { setErrors: (errors) => form.setErrors(toFormErrors(errors)) },
              error,
              t('saveFailed'),
            ),
        }),
      )}
    >
      <Stack gap="xl" maw={640}>
        <Stack>
          <TextInput label={t('name')} required {...form.getInputProps('name')} />
          <TimezoneSelect
            required
            lockedZone={clinic.timezoneLocked ? clinic.timezone : undefined}
            description={t('timeZoneHint')}
            {...form.getInputProps('timezone')}
          />
          <NumberInput
            label={t('reminderLead')}
            description={clinic.emailNotifications ? t('reminderLeadHint') : t('emailOff')}
            min={1}
            max={168}
            allowDecimal={false}
            allowNegative={false}
            required
            {...form.getInputProps('reminderLeadHours')}
          />
          <NumberInput
            label={t('maxOpenRequests')}
            description={t('maxOpenRequestsHint')}
            min={OPEN_REQUESTS_LIMIT.min}
            max={OPEN_REQUESTS_LIMIT.max}
            allowDecimal={false}
            allowNegative={false}
            required
            {...form.getInputProps('maxOpenRequests')}
          />
          <Checkbox
            label={t('unverifiedPatients.label')}
            description={t('unverifiedPatients.hint')}
            {...form.getInputProps('unverifiedPatientsMayRequest', { type: 'checkbox' })}
          />
          <Select
            label={t('defaultLanguage')}
            description={t('defaultLanguageHint')}
            data={LANGUAGES.map((language) => ({
              value: language,
              label: languageNames[language],
            }))}
            allowDeselect={false}
            required
            {...form.getInputProps('defaultLanguage')}
          />
          <Select
            label={t('timeFormat')}
            data={TIME_FORMATS.map((format) => ({
              value: format,
              label: t(`timeFormats.${format}`),
            }))}
            allowDeselect={false}
            required
            {...form.getInputProps('timeFormat')}
          />
        </Stack>
        <ContactFields form={form} />
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('openingHours')}
          </Title>
          {WEEKDAYS.map((day) => (
            <WeekdayHoursField key={day} form={form} day={day} label={weekdayLabel(day)} />
          ))}
        </Stack>
        <BookingRulesFields form={form} />
        <PatientChangeFields form={form} />
        <CalendarFeedSettings
          {...form.getInputProps('calendarFeedPatientNames', { type: 'checkbox' })}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={updateClinic.isPending}>
            {t('save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
