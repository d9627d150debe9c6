import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The alerts first and loud, before anything else on the record; a quiet line without any. */
export function MedicalAlertsPanel({ alerts }: { alerts: readonly string[] }) {
  const { t } = useTranslation('patients');
  if (alerts.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('alerts.none')}
      </Text>
    );
  }
  return (
    <Alert color="red" variant="filled" title={t('alerts.title')} role="note">
      <List spacing={2} size="sm" c="white">
        {alerts.map((alert) => (
          <List.Item key={alert}>{alert}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
