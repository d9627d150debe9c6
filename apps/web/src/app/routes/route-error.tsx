import { Alert, Button, Container, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown when a page fails to load, most often because a new version was deployed meanwhile. */
export function RouteError({ error }: { error: unknown }) {
  const { t } = useTranslation('app');
  return (
    <Container component="main" size="sm" py="xl">
      <Alert color="red" title={t('routeError.title')} role="alert">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">
            {error instanceof Error ? error.message : t('routeError.unexpected')}
          </Text>
          <Button size="xs" color="red" onClick={() => window.location.reload()}>
            {t('routeError.reload')}
          </Button>
        </Stack>
      </Alert>
    </Container>
  );
}
