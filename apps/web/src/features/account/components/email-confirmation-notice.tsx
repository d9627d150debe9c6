import { Alert, Button, Group, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib/api-error';
import type { User } from '../../../types/api';
import { resendEmailConfirmation } from '../api/account-links';

/**
 * Shown to a person whose address waits for confirmation (a new account, or a new address),
 * with a button to have the link sent again. Nothing when there is nothing to confirm.
 */
export function EmailConfirmationNotice({ user }: { user: User }) {
  const { t } = useTranslation('users');
  const resend = useMutation({ mutationFn: resendEmailConfirmation });
  const address = user.pendingEmail ?? (user.emailVerified || !user.email ? null : user.email);
  if (address === null) return null;

  return (
    <Alert color="yellow" title={t('account.confirmTitle')}>
      <Text size="sm">
        {user.pendingEmail
          ? t('account.pendingChange', { email: address })
          : t('account.confirmNew', { email: address })}
      </Text>
      <Group mt="sm" gap="sm">
        <Button
          size="xs"
          variant="light"
          loading={resend.isPending}
          onClick={() => resend.mutate()}
        >
          {t('account.resend')}
        </Button>
        {resend.isSuccess ? (
          <Text size="sm" role="status">
            {t('account.resent', { email: address })}
          </Text>
        ) : null}
        {resend.isError ? (
          <Text size="sm" c="red" role="alert">
            {describeError(resend.error)}
          </Text>
        ) : null}
      </Group>
    </Alert>
  );
}
