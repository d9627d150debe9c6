import { openingSlots, timeSlots } from '@clinic/domain';
import { Checkbox, Select, SimpleGrid, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/ui/date-field';
import { TimeField } from '../../../components/ui/time-field';
import type { Appointment } from '../../../types/api';
import { TeamFreeTimes } from '../../availability';
import { useClinic } from '../../clinic';
import { useServices } from '../../services';
import { useDentists } from '../../users';
import type { AppointmentFormValues } from '../utils/appointment-form';

const SLOT_MINUTES = 15;
// Offered when the clinic is closed that day or the date is not complete yet.
const FALLBACK_SLOTS = timeSlots('07:00', '21:00', SLOT_MINUTES);

interface ScheduleFieldsProps {
  form: UseFormReturnType<AppointmentFormValues>;
  /** Today on the clinic's calendar: the calendar offers no earlier day. */
  minDate: string | undefined;
  /** Keeps a dentist or service that is no longer offered selectable on an existing visit. */
  current?: Appointment;
  isServiceRequired?: boolean;
  /** Patients may leave the dentist to the clinic. */
  dentistPlaceholder?: string;
  /**
   * Owner and staff: the day's free times to click, and the choice to book outside them. The
   * appointment being edited is left out, so that it does not block its own time.
   */
  teamAvailability?: { excludeAppointment?: number | undefined };
}

/** Date, time, dentist and service: what every booking form asks. */
export function ScheduleFields({
  form,
  minDate,
  current,
  isServiceRequired = false,
  dentistPlaceholder,
  teamAvailability,
}: ScheduleFieldsProps) {
  const { t } = useTranslation(['appointments', 'availability']);
  const clinic = useClinic();
  const dentists = useDentists();
  const services = useServices();

  const dentistOptions = (dentists.data ?? []).map((d) => ({ value: String(d.id), label: d.name }));
  if (
    current?.dentist != null &&
    !dentistOptions.some((o) => o.value === String(current.dentist))
  ) {
    dentistOptions.push({
      value: String(current.dentist),
      label: current.dentistName ?? t('schedule.formerDentist'),
    });
  }
  const serviceOptions = (services.data ?? [])
    .filter((s) => s.isActive || s.id === current?.service)
    .map((s) => ({
      value: String(s.id),
      label: t('schedule.serviceOption', { name: s.name, minutes: s.durationMinutes }),
    }));
  if (
    current?.service != null &&
    !serviceOptions.some((o) => o.value === String(current.service))
  ) {
    serviceOptions.push({
      value: String(current.service),
      label: current.serviceName ?? t('schedule.formerService'),
    });
  }

  const slots =
    (clinic.data && openingSlots(form.values.date, clinic.data.openingHours, SLOT_MINUTES)) ??
    FALLBACK_SLOTS;

  const fields = (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
      <DateField
        label={t('schedule.date')}
        description={t('schedule.dateHint')}
        required
        minDate={minDate}
        {...form.getInputProps('date')}
        value={form.values.date}
      />
      <TimeField
        label={t('schedule.time')}
        description={t('schedule.timeHint')}
        required
        options={slots}
        {...form.getInputProps('time')}
        value={form.values.time}
      />
      <Select
        label={t('schedule.dentist')}
        placeholder={
          dentists.isPending
            ? t('schedule.loadingDentists')
            : (dentistPlaceholder ?? t('schedule.noDentistAssigned'))
        }
        data={dentistOptions}
        clearable
        searchable
        openOnFocus={false}
        nothingFoundMessage={t('schedule.noMatchingDentist')}
        {...form.getInputProps('dentist')}
        value={form.values.dentist === '' ? null : form.values.dentist}
        onChange={(value) => form.setFieldValue('dentist', value ?? '')}
        error={form.errors.dentist ?? (dentists.isError ? t('schedule.dentistsError') : undefined)}
      />
      <Select
        label={t('schedule.service')}
        placeholder={
          services.isPending ? t('schedule.loadingServices') : t('schedule.chooseService')
        }
        data={serviceOptions}
        required={isServiceRequired}
        clearable={!isServiceRequired}
        searchable
        openOnFocus={false}
        nothingFoundMessage={t('schedule.noMatchingService')}
        {...form.getInputProps('service')}
        value={form.values.service === '' ? null : form.values.service}
        onChange={(value) => form.setFieldValue('service', value ?? '')}
        error={form.errors.service ?? (services.isError ? t('schedule.servicesError') : undefined)}
      />
    </SimpleGrid>
  );
  if (!teamAvailability || !minDate) return fields;
  return (
    <Stack gap="sm">
      {fields}
      <TeamFreeTimes
        service={form.values.service === '' ? null : Number(form.values.service)}
        dentist={form.values.dentist === '' ? 'any' : Number(form.values.dentist)}
        date={form.values.date}
        time={form.values.time}
        today={minDate}
        excludeAppointment={teamAvailability.excludeAppointment}
        onPick={({ date, time }) => {
          form.setFieldValue('date', date);
          form.setFieldValue('time', time);
        }}
      />
      <Checkbox
        label={t('availability:team.override')}
        description={t('availability:team.overrideHint')}
        {...form.getInputProps('overrideAvailability', { type: 'checkbox' })}
      />
    </Stack>
  );
}
