import { isRealDate } from '@clinic/domain';
import { Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/ui/date-field';
import { FormActions } from '../../../components/ui/form-actions';
import { showFormError } from '../../../lib/form-errors';
import { notifySuccess } from '../../../lib/notify';
import { requireName } from '../../../lib/validators';
import type { User } from '../../../types/api';
import { useUpdateUser } from '../../users';
import { useAddDependant } from '../api/dependants';

interface DependantFormModalProps {
  /** The dependant to edit; none to add one. */
  dependant?: User | undefined;
  onClose: () => void;
}

/** A guardian adds a person they book for, or corrects one's name, birth date or phone. */
export function DependantFormModal({ dependant, onClose }: DependantFormModalProps) {
  const { t } = useTranslation('family');
  const addDependant = useAddDependant();
  const updateUser = useUpdateUser();
  const form = useForm({
    initialValues: {
      name: dependant?.name ?? '',
      dateOfBirth: dependant?.dateOfBirth ?? '',
      phone: dependant?.phone ?? '',
    },
    validate: {
      name: requireName,
      dateOfBirth: (value) => (isRealDate(value) ? null : t('form.dateOfBirthNeeded')),
    },
  });
  const isPending = addDependant.isPending || updateUser.isPending;
  const done = (saved: User) => {
    notifySuccess(t(dependant ? 'form.saved' : 'form.added', { name: saved.name }));
    onClose();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={dependant ? t('form.editTitle', { name: dependant.name }) : t('form.addTitle')}
    >
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          const input = {
            name: values.name.trim(),
            dateOfBirth: values.dateOfBirth,
            phone: values.phone.trim(),
          };
          const onError = (error: unknown) => showFormError(form, error, t('form.error'));
          if (dependant) {
            updateUser.mutate({ id: dependant.id, input }, { onSuccess: done, onError });
          } else {
            addDependant.mutate(input, { onSuccess: done, onError });
          }
        })}
      >
        <Stack>
          <TextInput
            data-autofocus
            label={t('form.name')}
            required
            autoComplete="off"
            {...form.getInputProps('name')}
          />
          <DateField
            label={t('form.dateOfBirth')}
            required
            value={form.values.dateOfBirth}
            onChange={(value) => form.setFieldValue('dateOfBirth', value)}
            error={form.errors.dateOfBirth}
          />
          <TextInput
            label={t('form.phone')}
            description={t('form.phoneHint')}
            type="tel"
            autoComplete="off"
            {...form.getInputProps('phone')}
          />
          <FormActions
            submitLabel={dependant ? t('form.save') : t('form.add')}
            isPending={isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
