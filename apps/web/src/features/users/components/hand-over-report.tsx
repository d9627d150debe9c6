import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatShortDate, formatTime } from '../../../lib/dates';
import type { HandOverResult } from '../../../types/api';

/** The visits a hand-over could not move or cancel, each with the reason, to handle by hand. */
export function HandOverReport({ result }: { result: HandOverResult }) {
  const { t } = useTranslation('dentists');
  return (
    <Alert color="orange" title={t('handOver.leftTitle', { count: result.failed.length })}>
      <Text size="sm" mb="xs">
        {t(result.action === 'reassign' ? 'handOver.movedCount' : 'handOver.cancelledCount', {
          count: result.done.length,
        })}
      </Text>
      <Text size="sm" component="ul" m={0} pl="md">
        {result.failed.map((visit) => (
          <li key={visit.id}>
            {t('handOver.failedVisit', {
              date: formatShortDate(visit.date),
              time: formatTime(visit.time),
              patient: visit.patientName,
              reason: visit.detail,
            })}
          </li>
        ))}
      </Text>
    </Alert>
  );
}
