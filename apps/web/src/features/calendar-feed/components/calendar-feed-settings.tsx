import { Stack, Switch, type SwitchProps, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The clinic setting of decision 042, for the owner's settings form. */
export function CalendarFeedSettings(props: Pick<SwitchProps, 'checked' | 'onChange'>) {
  const { t } = useTranslation('calendarFeed');
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('settings.title')}
      </Title>
      <Switch
        label={t('settings.patientNames')}
        description={t('settings.patientNamesHint')}
        checked={props.checked}
        onChange={props.onChange}
      />
    </Stack>
  );
}

/** Why a team member who is not a dentist has no calendar subscription. */
export function NoCalendarFeed() {
  const { t } = useTranslation('calendarFeed');
  return (
    <Text size="sm" c="dimmed">
      {t('profile.notDentist')}
    </Text>
  );
}
