import { Button, Checkbox, Group, Modal, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
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

const copy = {
  staff: {
    title: 'Add staff member',
    submit: 'Add staff member',
    // Staff have no self-registration, so they need a password to sign in at all.
    passwordHint: `They sign in with this password. At least ${MIN_PASSWORD_LENGTH} characters.`,
  },
  patient: {
    title: 'Register patient',
    submit: 'Register patient',
    passwordHint: 'Optional. Leave empty if the patient will not sign in online.',
  },
} as const;

export function CreateUserModal({ opened, onClose, accountRole: role }: CreateUserModalProps) {
  const createUser = useCreateUser();
  const text = copy[role];
  const form = useForm({
    initialValues: { name: '', email: '', phone: '', password: '', isDentist: false },
    validate: {
      name: requireName,
      email: requireEmail,
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
              email: values.email.trim(),
              phone: optionalText(values.phone),
              password: values.password === '' ? undefined : values.password,
              isDentist: role === 'staff' ? values.isDentist : undefined,
            },
            {
              onSuccess: (user) => {
                notifySuccess(`${user.name} was added.`);
                close();
              },
              onError: (error) =>
                showFormError(form, error, `Could not ${text.title.toLowerCase()}`),
            },
          ),
        )}
      >
        <Stack>
          <TextInput label="Full name" required data-autofocus {...form.getInputProps('name')} />
          <TextInput label="Email" type="email" required {...form.getInputProps('email')} />
          <TextInput label="Phone" type="tel" {...form.getInputProps('phone')} />
          <PasswordInput
            label="Password"
            description={text.passwordHint}
            autoComplete="new-password"
            required={role === 'staff'}
            {...form.getInputProps('password')}
          />
          {role === 'staff' ? (
            <Checkbox
              label="Dentist (patients can be booked with them)"
              {...form.getInputProps('isDentist', { type: 'checkbox' })}
            />
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={createUser.isPending}>
              {text.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
