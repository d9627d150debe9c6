import { Alert, Button, Stack, Text } from '@mantine/core';

interface QueryErrorProps {
  error: unknown;
  onRetry: () => void;
  title?: string;
}

export function QueryError({ error, onRetry, title = 'Could not load this' }: QueryErrorProps) {
  return (
    <Alert color="red" title={title} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{error instanceof Error ? error.message : 'Please try again.'}</Text>
        <Button size="xs" variant="white" color="red" onClick={onRetry}>
          Try again
        </Button>
      </Stack>
    </Alert>
  );
}
