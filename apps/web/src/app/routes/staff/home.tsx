import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { useCurrentUser } from '../../../features/auth/hooks/use-current-user';
import { TeamDashboard } from '../../../features/dashboard/components/team-dashboard';
import { PatientMessages } from '../../../features/messages';

export function StaffHomeRoute() {
  const { t } = useTranslation('app');
  const user = useCurrentUser();
  return (
    <Stack gap="lg">
      <PageHeader title={t('home.welcome', { name: user.name })} />
      <TeamDashboard area="staff" />
      <PatientMessages />
      <Group>
        <Button component={Link} to="/staff/appointments" variant="light">
          {t('home.openBook')}
        </Button>
        <Button component={Link} to="/staff/calendar" variant="light">
          {t('home.openCalendar')}
        </Button>
        <Button component={Link} to="/staff/patients" variant="light">
          {t('home.findPatient')}
        </Button>
      </Group>
    </Stack>
  );
}
