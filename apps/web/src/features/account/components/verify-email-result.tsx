import { Alert, Anchor, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError, isApiError } from '../../../lib/api-error';
import { sessionUser } from '../../../lib/session';
import { verifyEmail } from '../api/account-links';

type Status =
  | { state: 'confirming' }
  | { state: 'confirmed' }
  | { state: 'failed'; error: unknown };

const LINK_CODES = ['link_used', 'link_expired', 'link_invalid'] as const;
type LinkCode = (typeof LINK_CODES)[number];
const isLinkCode = (code: string | undefined): code is LinkCode =>
  LINK_CODES.includes(code as LinkCode);

// One request per token, however often the page mounts (React mounts twice in development):
// a second request would find the link used.
const confirmations = new Map<string, Promise<void>>();
function confirmOnce(token: string): Promise<void> {
  let confirmation = confirmations.get(token);
  if (!confirmation) {
    // Whoever is signed in here may be the holder: the pages then stop asking to confirm.
    confirmation = verifyEmail(token).then(() => sessionUser.load());
    confirmations.set(token, confirmation);
  }
  return confirmation;
}

/** Confirms the address as soon as the page opens: the link itself is the person's consent. */
export function VerifyEmailResult({ token }: { token: string }) {
  const { t } = useTranslation('auth');
  const [status, setStatus] = useState<Status>({ state: 'confirming' });

  useEffect(() => {
    if (!token) return;
    let current = true;
    confirmOnce(token).then(
      () => current && setStatus({ state: 'confirmed' }),
      (error: unknown) => current && setStatus({ state: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [token]);

  // Below the alert: inside a coloured one the link would lack contrast.
  const onward = (
    <Text size="sm" ta="center">
      <Anchor component={Link} to="/">
        {t('verify.continue')}
      </Anchor>
    </Text>
  );
  if (!token) {
    return (
      <Alert color="red" title={t('verify.failed')} role="alert">
        {t('reset.noToken')}
      </Alert>
    );
  }
  if (status.state === 'confirming') {
    return (
      <Stack align="center">
        <Loader size="sm" aria-label={t('verify.confirming')} />
      </Stack>
    );
  }
  if (status.state === 'confirmed') {
    return (
      <Stack>
        <Alert color="green" title={t('verify.doneTitle')} role="status">
          {t('verify.done')}
        </Alert>
        {onward}
      </Stack>
    );
  }
  const code = isApiError(status.error) ? status.error.code : undefined;
  return (
    <Stack>
      <Alert color="red" title={t('verify.failed')} role="alert">
        {isLinkCode(code) ? t(`verify.${code}`) : describeError(status.error)}
      </Alert>
      {onward}
    </Stack>
  );
}
