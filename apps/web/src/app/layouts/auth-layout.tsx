import { Container, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguagePicker } from '../../components/ui/language-picker';
import { usePublicClinic } from '../../features/clinic/api/public-clinic';
import { switchLanguage } from '../../lib/i18n';

export function AuthLayout() {
  const { t } = useTranslation('app');
  const { data: clinic } = usePublicClinic();
  return (
    <Container component="main" size={460} py={{ base: 'lg', sm: 60 }}>
      <Group justify="space-between" align="center" mb="md" wrap="nowrap">
        <Text fw={700} size="lg" truncate>
          {clinic?.name || t('productName')}
        </Text>
        {/* Before signing in the choice stays on this device; a new account starts with it. */}
        <LanguagePicker size="xs" onChange={(language) => void switchLanguage(language)} />
      </Group>
      <Paper withBorder shadow="sm" p={{ base: 'md', sm: 'xl' }} radius="md">
        <Outlet />
      </Paper>
    </Container>
  );
}
