import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { isNotEmpty, useForm } from '@mantine/form';
import { isApiError } from '../../../lib/api-error';
import { setFieldErrors } from '../../../lib/form-errors';
import { requireEmail } from '../../../lib/validators';
import { useLogin } from '../api/login';

function describeLoginError(error: Error): string {
  if (isApiError(error, 429) && error.retryAfterSeconds !== undefined) {
    const minutes = Math.ceil(error.retryAfterSeconds / 60);
    return `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
  }
  return error.message;
}

/** A successful sign-in updates the session; the route guard then takes the user onward. */
export function LoginForm() {
  const login = useLogin();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: { email: requireEmail, password: isNotEmpty('Enter your password') },
  });

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        login.mutate(values, { onError: (error) => setFieldErrors(form, error) }),
      )}
    >
      <Stack>
        {login.error ? (
          <Alert color="red" title="Could not sign in" role="alert">
            {describeLoginError(login.error)}
          </Alert>
        ) : null}
        <TextInput
          label="Email"
          type="email"
          autoComplete="email"
          required
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          required
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={login.isPending} fullWidth>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
