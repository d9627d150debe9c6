import { Alert, Anchor, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError, isApiError } from '../../../lib/api-error';
import { MIN_PASSWORD_LENGTH, requirePassword } from '../../../lib/validators';
import { confirmPasswordReset } from '../api/account-links';

type Field = 'password' | 'repeat';
type Status =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'done' }
  | { state: 'failed'; error: unknown };

/** The new password, twice, for the link's token; then the way back to signing in. */
export function ResetPasswordForm({ token }: { token: string }) {
  const { t } = useTranslation('auth');
  const [values, setValues] = useState<Record<Field, string>>({ password: '', repeat: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [status, setStatus] = useState<Status>({ state: 'idle' });

  // Links sit below the alerts: inside a coloured one they would lack contrast.
  const askAgain = (
    <Text size="sm" ta="center">
      <Anchor component={Link} to="/forgot-password">
        {t('reset.askAgain')}
      </Anchor>
    </Text>
  );
  if (!token) {
    return (
      <Stack>
        <Alert color="red" title={t('reset.linkProblem')} role="alert">
          {t('reset.noToken')}
        </Alert>
        {askAgain}
      </Stack>
    );
  }
  if (status.state === 'done') {
    return (
      <Stack>
        <Alert color="green" title={t('reset.doneTitle')} role="status">
          {t('reset.done')}
        </Alert>
        <Text size="sm" ta="center">
          <Anchor component={Link} to="/login">
            {t('reset.signIn')}
          </Anchor>
        </Text>
      </Stack>
    );
  }

  const change = (field: Field) => (event: { currentTarget: { value: string } }) => {
    const { value } = event.currentTarget;
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (status.state === 'saving') return;
    const problem = requirePassword(values.password);
    const found: Partial<Record<Field, string>> = {
      password: problem ? String(problem) : undefined,
      repeat: values.repeat !== values.password ? t('reset.passwordsDiffer') : undefined,
    };
    setErrors(found);
    if (found.password || found.repeat) return;
    setStatus({ state: 'saving' });
    try {
      await confirmPasswordReset(token, values.password);
      setStatus({ state: 'done' });
    } catch (error) {
      if (isApiError(error)) setErrors({ password: error.fieldErrors.password });
      setStatus({ state: 'failed', error });
    }
  };

  const linkUnusable =
    status.state === 'failed' &&
    isApiError(status.error) &&
    ['link_used', 'link_expired', 'link_invalid'].includes(status.error.code ?? '');

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <Stack>
        {status.state === 'failed' ? (
          <Alert color="red" title={t('reset.failed')} role="alert">
            {linkUnusable && isApiError(status.error)
              ? t(`reset.${status.error.code as 'link_used' | 'link_expired' | 'link_invalid'}`)
              : describeError(status.error)}
          </Alert>
        ) : null}
        {linkUnusable ? askAgain : null}
        <PasswordInput
          label={t('reset.newPassword')}
          description={t('fields.passwordHint', { count: MIN_PASSWORD_LENGTH })}
          autoComplete="new-password"
          required
          value={values.password}
          onChange={change('password')}
          error={errors.password}
        />
        <PasswordInput
          label={t('reset.repeatPassword')}
          autoComplete="new-password"
          required
          value={values.repeat}
          onChange={change('repeat')}
          error={errors.repeat}
        />
        <Button type="submit" loading={status.state === 'saving'} fullWidth>
          {t('reset.submit')}
        </Button>
      </Stack>
    </form>
  );
}
