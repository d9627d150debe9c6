import { Container, Paper, Text } from '@mantine/core';
import { Outlet } from 'react-router';
import { useClinic } from '../../features/clinic/api/get-clinic';

export function AuthLayout() {
  const { data: clinic } = useClinic();
  return (
    <Container component="main" size={460} py={{ base: 'lg', sm: 60 }}>
      <Text ta="center" fw={700} size="lg" mb="md">
        {clinic?.name || 'Dental clinic'}
      </Text>
      <Paper withBorder shadow="sm" p={{ base: 'md', sm: 'xl' }} radius="md">
        <Outlet />
      </Paper>
    </Container>
  );
}
