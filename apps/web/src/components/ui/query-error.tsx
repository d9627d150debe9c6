import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/api-error';

interface QueryErrorProps {
  error: unknown;
  onRetry: () => void;
  title?: string;
}

export function QueryError({ error, onRetry, title }: QueryErrorProps) {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={title ?? t('load.failed')} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">
          {error instanceof Error ? describeError(error) : t('notify.tryAgain')}
        </Text>
        <Button size="xs" variant="white" color="red" onClick={onRetry}>
          {t('actions.tryAgain')}
        </Button>
      </Stack>
    </Alert>
  );
}
