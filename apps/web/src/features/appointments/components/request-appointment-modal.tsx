import { Alert, Modal, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../components/ui/form-actions';
import { describeError, isApiError } from '../../../lib/api-error';
import { formatShortDate, formatTime } from '../../../lib/dates';
import { dismissNotice, notifySuccess } from '../../../lib/notify';
import type { Service } from '../../../types/api';
import { AvailabilityPicker, availabilityQueryKey, type PickedTime } from '../../availability';
import { useClinicClock } from '../../clinic';
import { ForWhomSelect, MYSELF, patientFor } from '../../family';
import { useServices } from '../../services';
import { useDentists } from '../../users';
import { useCreateAppointment } from '../api/create-appointment';
import {
  type AppointmentFormValues,
  emptyAppointmentForm,
  toCreateInput,
} from '../utils/appointment-form';
import { showAppointmentFormError } from '../utils/show-appointment-form-error';

const ANY = 'any';

/** Who performs a service; none listed means every dentist does. */
function performers(service: Service | undefined): readonly number[] {
  return service?.dentists ?? [];
}

/** Refusals after which the free times on screen are out of date. */
const STALE_SLOT_CODES = new Set(['outside_availability', 'double_booking']);

/**
 * A patient asks for a visit at one of the free times; the clinic confirms it. Mounted only
 * while open.
 */
export function RequestAppointmentModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['appointments', 'availability']);
  const clock = useClinicClock();
  const queryClient = useQueryClient();
  const services = useServices();
  const dentists = useDentists();
  const createAppointment = useCreateAppointment();
  const noticeId = useId();
  const [refusal, setRefusal] = useState<string | null>(null);
  // A guardian also books for the people in their family (decision 039).
  const [forWhom, setForWhom] = useState(MYSELF);
  const form = useForm<AppointmentFormValues>({
    // A refusal describes the form as it was sent; once the person changes it, it is old news.
    onValuesChange: () => dismissNotice(noticeId),
    initialValues: { ...emptyAppointmentForm, status: 'pending', dentist: ANY },
    validate: {
      service: (value) => (value === '' ? t('validation.chooseService') : null),
      time: (value, values) =>
        values.date === '' || value === '' ? t('availability:slots.choose') : null,
    },
  });

  const activeServices = (services.data ?? []).filter((service) => service.isActive);
  const chosenService = activeServices.find((s) => String(s.id) === form.values.service);
  const allowed = performers(chosenService);
  const dentistOptions = [
    { value: ANY, label: t('request.anyDentist') },
    ...(dentists.data ?? [])
      .filter((dentist) => allowed.length === 0 || allowed.includes(dentist.id))
      .map((dentist) => ({ value: String(dentist.id), label: dentist.name })),
  ];
  const setFieldValue = form.setFieldValue;
  const pick = useCallback(
    (picked: PickedTime) => {
      setFieldValue('date', picked.date);
      setFieldValue('time', picked.time);
    },
    [setFieldValue],
  );

  const send = form.onSubmit((values) => {
    setRefusal(null);
    dismissNotice(noticeId);
    const input = toCreateInput(
      { ...values, dentist: values.dentist === ANY ? '' : values.dentist },
      { asTeam: false },
    );
    createAppointment.mutate(
      { ...input, patient: patientFor(forWhom) },
      {
        onSuccess: (appointment) => {
          notifySuccess(
            t('request.sent', {
              date: formatShortDate(appointment.date),
              time: formatTime(appointment.time),
            }),
          );
          onClose();
        },
        onError: (error) => {
          if (isApiError(error, 409) && STALE_SLOT_CODES.has(error.code ?? '')) {
            // Taken or closed meanwhile: say so, and show what is free now.
            setRefusal(describeError(error));
            form.setFieldValue('time', '');
            void queryClient.invalidateQueries({ queryKey: availabilityQueryKey });
            return;
          }
          showAppointmentFormError(form, error, t('request.error'), noticeId);
        },
      },
    );
  });

  return (
    <Modal opened onClose={onClose} title={t('request.title')} size="lg">
      <form noValidate onSubmit={send}>
        <Stack>
          <Alert color="blue" title={t('request.explanationTitle')}>
            {t('request.explanation')}
          </Alert>
          <ForWhomSelect value={forWhom} onChange={setForWhom} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select
              // The first question, not the dialog's Close button, takes the focus on opening.
              data-autofocus
              label={t('schedule.service')}
              placeholder={
                services.isPending ? t('schedule.loadingServices') : t('schedule.chooseService')
              }
              data={activeServices.map((service) => ({
                value: String(service.id),
                label: t('schedule.serviceOption', {
                  name: service.name,
                  minutes: service.durationMinutes,
                }),
              }))}
              required
              searchable
              openOnFocus={false}
              nothingFoundMessage={t('schedule.noMatchingService')}
              {...form.getInputProps('service')}
              value={form.values.service === '' ? null : form.values.service}
              onChange={(value) => {
                form.setFieldValue('service', value ?? '');
                form.setFieldValue('dentist', ANY);
                form.setFieldValue('time', '');
              }}
              error={
                form.errors.service ?? (services.isError ? t('schedule.servicesError') : undefined)
              }
            />
            <Select
              label={t('schedule.dentist')}
              data={dentistOptions}
              allowDeselect={false}
              searchable
              openOnFocus={false}
              nothingFoundMessage={t('schedule.noMatchingDentist')}
              value={form.values.dentist}
              onChange={(value) => {
                form.setFieldValue('dentist', value ?? ANY);
                form.setFieldValue('time', '');
              }}
              error={dentists.isError ? t('schedule.dentistsError') : undefined}
            />
          </SimpleGrid>
          {refusal ? (
            <Alert color="orange" role="alert" title={t('request.error')}>
              {refusal}
            </Alert>
          ) : null}
          {chosenService && clock ? (
            <AvailabilityPicker
              service={chosenService.id}
              dentist={form.values.dentist === ANY ? 'any' : Number(form.values.dentist)}
              today={clock.today}
              value={{ date: form.values.date, time: form.values.time }}
              onChange={pick}
              isSending={createAppointment.isPending || createAppointment.isSuccess}
            />
          ) : (
            <Text size="sm" c="dimmed">
              {t('availability:team.chooseService')}
            </Text>
          )}
          {form.errors.time ? (
            <Text size="sm" c="red.8" role="alert">
              {form.errors.time}
            </Text>
          ) : null}
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
