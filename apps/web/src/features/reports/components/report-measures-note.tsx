import { LATE_GRACE_MINUTES } from '@clinic/domain';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What each rate divides by, since "utilisation" alone could mean several things. */
export function ReportMeasuresNote() {
  const { t } = useTranslation('reports');
  return (
    <>
      <Text size="sm" c="dimmed">
        {t('note')}
      </Text>
      <Text size="sm" c="dimmed">
        {t('noteVisitDay', { grace: LATE_GRACE_MINUTES })}
      </Text>
    </>
  );
}
