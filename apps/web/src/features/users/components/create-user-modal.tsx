import { Button, Checkbox, Group, Modal, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../../lib/form-errors';
import { notifySuccess } from '../../../lib/notify';
import {
  MIN_PASSWORD_LENGTH,
  optionalPassword,
  optionalText,
  requireEmail,
  requireName,
  requirePassword,
} from '../../../lib/validators';
import { type CreateUserInput, useCreateUser } from '../api/create-user';

interface CreateUserModalProps {
  opened: boolean;
  onClose: () => void;
  accountRole: CreateUserInput['role'];
}

export function CreateUserModal({ opened, onClose, accountRole: role }: CreateUserModalProps) {
  const createUser = useCreateUser();
  const { t } = useTranslation(['users', 'common', 'patients']);
  const text =
    role === 'staff'
      ? {
          title: t('create.staffTitle'),
          // Staff have no self-registration, so they need a password to sign in at all.
          passwordHint: t('hints.staffPassword', { count: MIN_PASSWORD_LENGTH }),
          error: t('create.staffError'),
        }
      : {
          title: t('create.patientTitle'),
          passwordHint: t('hints.patientPassword'),
          error: t('create.patientError'),
        };
  const form = useForm({
    initialValues: { name: '', email: '', phone: '', password: '', isDentist: false },
    validate: {
      name: requireName,
      // A patient may be registered with a phone number only (and then cannot sign in).
      email: (value, values) =>
        role === 'patient' && value.trim() === ''
          ? values.phone.trim() === ''
            ? t('patients:registration.emailOrPhone')
            : null
          : requireEmail(value),
      password: role === 'staff' ? requirePassword : optionalPassword,
    },
  });

  const close = () => {
    form.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={text.title}>
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          createUser.mutate(
            {
              role,
              name: values.name.trim(),
              email: optionalText(values.email),
              phone: optionalText(values.phone),
              password: values.password === '' ? undefined : values.password,
              isDentist: role === 'staff' ? values.isDentist : undefined,
            },
            {
              onSuccess: (user) => {
                notifySuccess(t('create.added', { name: user.name }));
                close();
              },
              onError: (error) => showFormError(form, error, text.error),
            },
          ),
        )}
      >
        <Stack>
          <TextInput
            label={t('fields.fullName')}
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <TextInput
            label={t('fields.email')}
            type="email"
            required={role === 'staff'}
            description={role === 'patient' ? t('patients:registration.emailHint') : undefined}
            {...form.getInputProps('email')}
          />
          <TextInput label={t('fields.phone')} type="tel" {...form.getInputProps('phone')} />
          <PasswordInput
            label={t('fields.password')}
            description={text.passwordHint}
            autoComplete="new-password"
            required={role === 'staff'}
            {...form.getInputProps('password')}
          />
          {role === 'staff' ? (
            <Checkbox
              label={t('fields.isDentist')}
              {...form.getInputProps('isDentist', { type: 'checkbox' })}
            />
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={createUser.isPending}>
              {text.title}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
