import { Stack, Text } from '@mantine/core';
import type { AuditEntry } from '../../../types/api';
import {
  describeHistoryChanges,
  type HistoryNames,
} from '../../appointments/utils/describe-history';

/** What an entry changed, in the appointment history panel's words, and why. */
export function AuditChanges({ entry, names }: { entry: AuditEntry; names: HistoryNames }) {
  // As in the history panel: a booking or a deletion is the whole story, field by field is noise.
  const changes = entry.action === 'updated' ? describeHistoryChanges(entry, names) : [];
  if (changes.length === 0 && !entry.reason) return null;
  return (
    <Stack gap={2}>
      {changes.map((change) => (
        <Text key={change.field} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {change.label}: {change.before} → {change.after}
        </Text>
      ))}
      {entry.reason ? (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          Reason: {entry.reason}
        </Text>
      ) : null}
    </Stack>
  );
}
