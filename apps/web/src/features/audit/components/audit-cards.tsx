import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../lib/dates';
import { auditActionVerb } from '../utils/audit-view';
import { auditActorName } from '../utils/describe-audit-entry';
import { AuditAbout } from './audit-about';
import { AuditActionBadge } from './audit-action-badge';
import { AuditChanges } from './audit-changes';
import type { AuditRowsProps } from './audit-table';

/** The table's rows as cards, for phones, where five columns do not fit side by side. */
export function AuditCards({ entries, zone, names, openable, onOpen }: AuditRowsProps) {
  const { t } = useTranslation('audit');
  return (
    <Stack gap="sm">
      {entries.map((entry) => {
        const when = formatInstant(entry.at, zone);
        const who = auditActorName(entry, t);
        return (
          <Paper
            key={entry.id}
            withBorder
            p="sm"
            radius="md"
            component="article"
            aria-label={t('cardLabel', { action: auditActionVerb(entry.action, t), who, when })}
          >
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <div>
                <Text fw={600}>{who}</Text>
                <Text size="sm">{when}</Text>
              </div>
              <AuditActionBadge action={entry.action} />
            </Group>
            <Stack gap="xs" mt="xs">
              <AuditAbout entry={entry} openable={openable} onOpen={onOpen} />
              <AuditChanges entry={entry} names={names} />
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
