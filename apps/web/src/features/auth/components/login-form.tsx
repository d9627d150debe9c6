import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, isApiError } from '../../../lib/api-error';
import { currentLanguage, i18n } from '../../../lib/i18n';
import { requireEmail } from '../../../lib/validators';
import { login } from '../api/login';

type Field = 'email' | 'password';
type FieldErrors = Partial<Record<Field, string>>;

function describeLoginError(error: unknown): string {
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

/**
 * A successful sign-in updates the session; the route guard then takes the user onward. Two
 * fields keep their own state here: the form library would be the sign-in page's largest part.
 */
export function LoginForm() {
  const { t } = useTranslation('auth');
  const [values, setValues] = useState<Record<Field, string>>({ email: '', password: '' });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const [isPending, setIsPending] = useState(false);

  const change = (field: Field) => (event: { currentTarget: { value: string } }) => {
    const { value } = event.currentTarget;
    setValues((current) => ({ ...current, [field]: value }));
    // As a field is corrected, its message goes.
    setFieldErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isPending) return;
    const errors: FieldErrors = {};
    const email = requireEmail(values.email);
    if (email) errors.email = String(email);
    if (values.password.trim() === '') errors.password = t('fields.passwordRequired');
    setFieldErrors(errors);
    if (errors.email || errors.password) return;
    setIsPending(true);
    setFailure(null);
    try {
      await login(values);
    } catch (error) {
      setFailure({ error });
      // The server's field messages go next to the fields; what was typed stays.
      if (isApiError(error)) setFieldErrors(error.fieldErrors);
      setIsPending(false);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <Stack>
        {failure ? (
          <Alert color="red" title={t('signIn.failed')} role="alert">
            {describeLoginError(failure.error)}
          </Alert>
        ) : null}
        <TextInput
          label={t('fields.email')}
          type="email"
          autoComplete="email"
          required
          value={values.email}
          onChange={change('email')}
          error={fieldErrors.email}
        />
        <PasswordInput
          label={t('fields.password')}
          autoComplete="current-password"
          required
          value={values.password}
          onChange={change('password')}
          error={fieldErrors.password}
        />
        <Button type="submit" loading={isPending} fullWidth>
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
