import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError, isApiError } from '../../../lib/api-error';
import { unsubscribe } from '../api/messages';

/**
 * The page an unsubscribe link opens. Opening it changes nothing (mail scanners open links);
 * the person confirms with the button, which needs no sign-in: the link is signed for them.
 */
export function UnsubscribeForm({ token }: { token: string }) {
  const { t } = useTranslation('messages');
  const done = useMutation({ mutationFn: () => unsubscribe(token) });
  const onward = (
    <Text size="sm" ta="center">
      <Anchor component={Link} to="/">
        {t('unsubscribe.continue')}
      </Anchor>
    </Text>
  );

  if (!token) {
    return (
      <Alert color="red" title={t('unsubscribe.failed')} role="alert">
        {t('unsubscribe.noToken')}
      </Alert>
    );
  }
  if (done.isSuccess) {
    return (
      <Stack>
        <Alert color="green" title={t('unsubscribe.doneTitle')} role="status">
          {t('unsubscribe.done')}
        </Alert>
        {onward}
      </Stack>
    );
  }
  return (
    <Stack>
      <Text>{t('unsubscribe.intro')}</Text>
      <Text size="sm" c="dimmed">
        {t('unsubscribe.profileHint')}
      </Text>
      {done.isError ? (
        <Alert color="red" title={t('unsubscribe.failed')} role="alert">
          {isApiError(done.error) && done.error.code === 'link_invalid'
            ? t('unsubscribe.linkInvalid')
            : describeError(done.error)}
        </Alert>
      ) : null}
      <Button onClick={() => done.mutate()} loading={done.isPending}>
        {t('unsubscribe.confirm')}
      </Button>
    </Stack>
  );
}
