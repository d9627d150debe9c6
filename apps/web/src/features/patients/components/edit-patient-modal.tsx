import { CONTACT_CHANNELS } from '@clinic/domain';
import { Button, Group, Modal, Select, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/ui/date-field';
import { showFormError } from '../../../lib/form-errors';
import { notifySuccess } from '../../../lib/notify';
import { requireName } from '../../../lib/validators';
import type { PatientRecord, User } from '../../../types/api';
import { useUpdateUser } from '../../users';
import { patientRecordQueryKey } from '../api/get-patient-record';
import { patientChanges, patientFormValues } from '../utils/patient-form';

interface EditPatientModalProps {
  patient: User;
  onClose: () => void;
}

/** The team edits a patient's contact details, date of birth, alerts and notes in one form. */
export function EditPatientModal({ patient, onClose }: EditPatientModalProps) {
  const { t } = useTranslation('patients');
  const queryClient = useQueryClient();
  const updateUser = useUpdateUser();
  const initial = patientFormValues(patient);
  const form = useForm({ initialValues: initial, validate: { name: requireName } });

  return (
    <Modal opened onClose={onClose} title={t('form.title', { name: patient.name })} size="lg">
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          const input = patientChanges(initial, values);
          if (Object.keys(input).length === 0) {
            onClose();
            return;
          }
          updateUser.mutate(
            { id: patient.id, input },
            {
              onSuccess: (saved) => {
                // The record is updated in place: asking for it again would log another opening.
                queryClient.setQueryData<PatientRecord>(patientRecordQueryKey(patient.id), (r) =>
                  r ? { ...r, patient: saved } : r,
                );
                notifySuccess(t('form.saved', { name: saved.name }));
                onClose();
              },
              onError: (error) => showFormError(form, error, t('form.error')),
            },
          );
        })}
      >
        <Stack>
          <TextInput
            label={t('form.name')}
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              label={t('form.email')}
              type="email"
              description={t('form.emailHint')}
              {...form.getInputProps('email')}
            />
            <TextInput label={t('form.phone')} type="tel" {...form.getInputProps('phone')} />
          </Group>
          <Group grow align="flex-start" wrap="wrap">
            <DateField
              label={t('form.dateOfBirth')}
              value={form.values.dateOfBirth}
              onChange={(value) => form.setFieldValue('dateOfBirth', value)}
              error={form.errors.dateOfBirth}
            />
            <Select
              label={t('form.channel')}
              data={[
                { value: '', label: t('form.noChannel') },
                ...CONTACT_CHANNELS.map((channel) => ({
                  value: channel,
                  label: t(`channels.${channel}`),
                })),
              ]}
              allowDeselect={false}
              {...form.getInputProps('contactChannel')}
            />
          </Group>
          <TagsInput
            label={t('form.alerts')}
            description={t('form.alertsHint')}
            clearable
            {...form.getInputProps('medicalAlerts')}
          />
          <Textarea
            label={t('form.notes')}
            autosize
            minRows={3}
            maxRows={10}
            maxLength={4000}
            {...form.getInputProps('notes')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={updateUser.isPending}>
              {t('form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
