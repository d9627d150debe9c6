import { Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { useCurrentUser } from '../../../features/auth/hooks/use-current-user';
import { CalendarFeedSection, NoCalendarFeed } from '../../../features/calendar-feed';
import { ChangePasswordForm } from '../../../features/users/components/change-password-form';

/** The owner's and staff's own page: their password, and a dentist's calendar subscription. */
export function TeamProfileRoute() {
  const { t } = useTranslation('app');
  const user = useCurrentUser();
  return (
    <Stack gap="lg" maw={560}>
      <PageHeader title={t('pages.myProfile')} />
      {user.isDentist ? (
        <CalendarFeedSection userId={user.id} audience="dentist" />
      ) : (
        <Paper withBorder p="lg" radius="md">
          <NoCalendarFeed />
        </Paper>
      )}
      <Paper withBorder p="lg" radius="md">
        <Title order={2} size="h4" mb="md">
          {t('pages.password')}
        </Title>
        <ChangePasswordForm userId={user.id} />
      </Paper>
    </Stack>
  );
}
