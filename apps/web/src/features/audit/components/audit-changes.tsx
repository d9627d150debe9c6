import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { activeLocale } from '../../../lib/dates';
import type { AuditEntry } from '../../../types/api';
import type { HistoryNames } from '../../appointments';
import { describeAuditChanges } from '../utils/describe-audit-changes';

/** What an entry changed, line by line, and why. */
export function AuditChanges({ entry, names }: { entry: AuditEntry; names: HistoryNames }) {
  const { t } = useTranslation('audit');
  const details = describeAuditChanges(entry, names, t, activeLocale());
  if (details.length === 0 && !entry.reason) return null;
  return (
    <Stack gap={2}>
      {details.map((detail) => (
        <Text key={detail.field} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {detail.text}
        </Text>
      ))}
      {entry.reason ? (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('reason', { reason: entry.reason })}
        </Text>
      ) : null}
    </Stack>
  );
}
