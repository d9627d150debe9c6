import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link } from 'react-router';

export function NotFoundRoute() {
  useDocumentTitle('Page not found · Dental clinic');
  return (
    <Container component="main" size="sm" py={80}>
      <Stack align="center" ta="center">
        <Text fz={64} fw={800} c="dimmed" aria-hidden>
          404
        </Text>
        <Title order={1}>Page not found</Title>
        <Text>The page you asked for does not exist or has moved.</Text>
        <Button component={Link} to="/">
          Go to the start page
        </Button>
      </Stack>
    </Container>
  );
}
