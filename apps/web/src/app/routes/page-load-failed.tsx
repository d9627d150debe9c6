import { Alert, Button, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useWhenServerAnswers } from '../../lib/server-return';

/**
 * Where a page whose code could not be fetched would be, inside the layout: says so, offers to
 * try again, and tries again by itself as soon as the server answers.
 */
export function PageLoadFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation('app');
  useWhenServerAnswers(onRetry);
  return (
    <Alert color="red" title={t('pageLoad.title')} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('pageLoad.body')}</Text>
        <Text size="sm" c="dimmed" role="status">
          <Loader size="xs" mr="xs" aria-hidden="true" />
          {t('pageLoad.waiting')}
        </Text>
        <Button size="xs" color="red" onClick={onRetry}>
          {t('pageLoad.retry')}
        </Button>
      </Stack>
    </Alert>
  );
}
