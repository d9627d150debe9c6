import { Alert, Button, Loader, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, isApiError } from '../../../lib/api-error';
import { requireEmail } from '../../../lib/validators';
import { requestPasswordReset } from '../api/account-links';

type Status = { state: 'idle' | 'sending' | 'sent' } | { state: 'failed'; error: unknown };

/**
 * Asks for a reset link. The answer is the same whether or not the address has an account,
 * so the page says only that an email is on its way if it does. `mailOn` is undefined while
 * the clinic's settings load; without mail the clinic sets a new password instead.
 */
export function ForgotPasswordForm({ mailOn }: { mailOn: boolean | undefined }) {
  const { t } = useTranslation('auth');
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState<string | undefined>();
  const [status, setStatus] = useState<Status>({ state: 'idle' });

  if (mailOn === undefined) return <Loader size="sm" aria-label={t('recovery.loading')} />;
  if (!mailOn) {
    return (
      <Alert color="blue" title={t('recovery.noMailTitle')}>
        {t('recovery.noMail')}
      </Alert>
    );
  }
  if (status.state === 'sent') {
    return (
      <Alert color="green" title={t('recovery.sentTitle')} role="status">
        {t('recovery.sent', { email })}
      </Alert>
    );
  }

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (status.state === 'sending') return;
    const problem = requireEmail(email);
    setEmailError(problem ? String(problem) : undefined);
    if (problem) return;
    setStatus({ state: 'sending' });
    try {
      await requestPasswordReset(email.trim());
      setStatus({ state: 'sent' });
    } catch (error) {
      if (isApiError(error)) setEmailError(error.fieldErrors.email);
      setStatus({ state: 'failed', error });
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <Stack>
        <Text size="sm">{t('recovery.intro')}</Text>
        {status.state === 'failed' ? (
          <Alert color="red" title={t('recovery.failed')} role="alert">
            {describeError(status.error)}
          </Alert>
        ) : null}
        <TextInput
          label={t('fields.email')}
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => {
            setEmail(event.currentTarget.value);
            setEmailError(undefined);
          }}
          error={emailError}
        />
        <Button type="submit" loading={status.state === 'sending'} fullWidth>
          {t('recovery.submit')}
        </Button>
      </Stack>
    </form>
  );
}
