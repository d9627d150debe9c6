import { Anchor, Stack, Text } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { EmailConfirmationNotice } from '../../../features/account';
import { useCurrentUser } from '../../../features/auth/hooks/use-current-user';
import { ClinicContactCard } from '../../../features/clinic';
import { PatientDashboard } from '../../../features/dashboard/components/patient-dashboard';

export function PatientHomeRoute() {
  const { t } = useTranslation('app');
  const user = useCurrentUser();
  return (
    <Stack gap="lg">
      <PageHeader title={t('home.welcome', { name: user.name })} />
      <EmailConfirmationNotice user={user} />
      <PatientDashboard />
      <Text>
        <Trans
          t={t}
          i18nKey="home.patientHelp"
          components={{
            pastLink: <Anchor component={Link} to="/patient/appointments?tab=past" />,
            profileLink: <Anchor component={Link} to="/patient/profile" />,
          }}
        />
      </Text>
      {/* The text above asks the patient to contact the clinic: here is how. */}
      <ClinicContactCard />
    </Stack>
  );
}
