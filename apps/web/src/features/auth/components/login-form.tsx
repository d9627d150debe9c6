import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { describeError, isApiError } from '../../../lib/api-error';
import { setFieldErrors } from '../../../lib/form-errors';
import { currentLanguage, i18n } from '../../../lib/i18n';
import { requireEmail } from '../../../lib/validators';
import { useLogin } from '../api/login';

function describeLoginError(error: Error): string {
  if (isApiError(error, 429) && error.retryAfterSeconds !== undefined) {
    const minutes = Math.ceil(error.retryAfterSeconds / 60);
    return i18n.t('auth:signIn.tooManyAttempts', { count: minutes });
  }
  // Here a refused session means a wrong email or password, not one that has ended.
  if (isApiError(error, 401) && currentLanguage() !== 'en') {
    return i18n.t('errors.invalidCredentials');
  }
  return describeError(error);
}

/** A successful sign-in updates the session; the route guard then takes the user onward. */
export function LoginForm() {
  const { t } = useTranslation('auth');
  const login = useLogin();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: requireEmail,
      password: (value) => (value.trim() === '' ? t('fields.passwordRequired') : null),
    },
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
          <Alert color="red" title={t('signIn.failed')} role="alert">
            {describeLoginError(login.error)}
          </Alert>
        ) : null}
        <TextInput
          label={t('fields.email')}
          type="email"
          autoComplete="email"
          required
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label={t('fields.password')}
          autoComplete="current-password"
          required
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={login.isPending} fullWidth>
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
