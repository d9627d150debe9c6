import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { showFormError } from '../../../lib/form-errors';
import {
  MIN_PASSWORD_LENGTH,
  optionalText,
  requireEmail,
  requireName,
  requirePassword,
} from '../../../lib/validators';
import { useRegister } from '../api/register';

/** Creates a patient account and signs it in; the route guard then opens the patient area. */
export function RegisterForm() {
  const register = useRegister();
  const form = useForm({
    initialValues: { name: '', email: '', phone: '', password: '' },
    validate: { name: requireName, email: requireEmail, password: requirePassword },
  });

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        register.mutate(
          { ...values, name: values.name.trim(), phone: optionalText(values.phone) },
          { onError: (error) => showFormError(form, error, 'Could not create your account') },
        ),
      )}
    >
      <Stack>
        <TextInput label="Full name" autoComplete="name" required {...form.getInputProps('name')} />
        <TextInput
          label="Email"
          type="email"
          autoComplete="email"
          required
          {...form.getInputProps('email')}
        />
        <TextInput
          label="Phone"
          description="Optional, so the clinic can reach you"
          type="tel"
          autoComplete="tel"
          {...form.getInputProps('phone')}
        />
        <PasswordInput
          label="Password"
          description={`At least ${MIN_PASSWORD_LENGTH} characters`}
          autoComplete="new-password"
          required
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={register.isPending} fullWidth>
          Create account
        </Button>
      </Stack>
    </form>
  );
}
