import { Button, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { useCurrentUser } from '../../../features/auth/hooks/use-current-user';
import { TeamDashboard } from '../../../features/dashboard/components/team-dashboard';
import { PatientMessages } from '../../../features/messages';
import { OwnerClosureRequests } from '../../../features/patient-data';

export function OwnerHomeRoute() {
  const { t } = useTranslation('app');
  const user = useCurrentUser();

  return (
    <Stack gap="lg">
      <PageHeader title={t('home.welcome', { name: user.name })} />
      <TeamDashboard area="owner" />
      <PatientMessages />
      <OwnerClosureRequests />
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('home.quickLinks')}
        </Title>
        <Group>
          <Button component={Link} to="/owner/appointments" variant="light">
            {t('home.openBook')}
          </Button>
          <Button component={Link} to="/owner/calendar" variant="light">
            {t('home.openCalendar')}
          </Button>
          <Button component={Link} to="/owner/staff" variant="light">
            {t('home.addStaff')}
          </Button>
          <Button component={Link} to="/owner/services" variant="light">
            {t('home.addService')}
          </Button>
          <Button component={Link} to="/owner/settings" variant="light">
            {t('home.setHours')}
          </Button>
        </Group>
      </Stack>
    </Stack>
  );
}
