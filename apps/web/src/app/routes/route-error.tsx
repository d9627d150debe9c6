import { Alert, Button, Container, Stack, Text } from '@mantine/core';

/** Shown when a page fails to load, most often because a new version was deployed meanwhile. */
export function RouteError({ error }: { error: unknown }) {
  return (
    <Container component="main" size="sm" py="xl">
      <Alert color="red" title="This page could not be shown" role="alert">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">
            {error instanceof Error ? error.message : 'An unexpected error occurred.'}
          </Text>
          <Button size="xs" color="red" onClick={() => window.location.reload()}>
            Reload the page
          </Button>
        </Stack>
      </Alert>
    </Container>
  );
}
