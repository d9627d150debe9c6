import { Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { AccountEmailSection } from '../../../features/account/components/account-email-section';
import { ContactPreferencesSection } from '../../../features/account/components/contact-preferences-section';
import { useCurrentUser } from '../../../features/auth/hooks/use-current-user';
import { CalendarFeedSection } from '../../../features/calendar-feed';
import { FamilySection } from '../../../features/family';
import { PatientDataSection } from '../../../features/patient-data';
import { ChangePasswordForm } from '../../../features/users/components/change-password-form';
import { ProfileForm } from '../../../features/users/components/profile-form';

export function PatientProfileRoute() {
  const { t } = useTranslation('app');
  const user = useCurrentUser();
  return (
    <Stack gap="lg" maw={560}>
      <PageHeader title={t('pages.myProfile')} />
      <Paper withBorder p="lg" radius="md">
        <Title order={2} size="h4" mb="md">
          {t('pages.yourDetails')}
        </Title>
        <ProfileForm user={user} />
      </Paper>
      <Paper withBorder p="lg" radius="md">
        <Title order={2} size="h4" mb="md">
          {t('pages.password')}
        </Title>
        <ChangePasswordForm userId={user.id} />
      </Paper>
      <PatientDataSection />
      <FamilySection />
      <AccountEmailSection user={user} />
      <ContactPreferencesSection userId={user.id} />
      <CalendarFeedSection userId={user.id} audience="patient" />
    </Stack>
  );
}
