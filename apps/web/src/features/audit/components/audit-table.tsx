import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../lib/dates';
import type { AuditEntry } from '../../../types/api';
import type { HistoryNames } from '../../appointments';
import { auditActorName } from '../utils/describe-audit-entry';
import { AuditAbout } from './audit-about';
import { AuditActionBadge } from './audit-action-badge';
import { AuditChanges } from './audit-changes';

/** What the table and its phone-sized cards both show. */
export interface AuditRowsProps {
  entries: AuditEntry[];
  /** The clinic's time zone, for when each change was made. */
  zone: string;
  names: HistoryNames;
  /** Appointments that may still be opened. */
  openable: ReadonlySet<number>;
  onOpen: (appointmentId: number) => void;
}

export function AuditTable({ entries, zone, names, openable, onOpen }: AuditRowsProps) {
  const { t } = useTranslation('audit');
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table highlightOnHover verticalSpacing="sm" aria-label={t('table.label')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('table.when')}</Table.Th>
            <Table.Th>{t('table.who')}</Table.Th>
            <Table.Th>{t('table.what')}</Table.Th>
            <Table.Th>{t('table.about')}</Table.Th>
            <Table.Th>{t('table.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatInstant(entry.at, zone)}</Table.Td>
              <Table.Td>
                <Text size="sm">{auditActorName(entry, t)}</Text>
              </Table.Td>
              <Table.Td>
                <AuditActionBadge action={entry.action} />
              </Table.Td>
              <Table.Td>
                <AuditAbout entry={entry} openable={openable} onOpen={onOpen} />
              </Table.Td>
              <Table.Td maw={420}>
                <AuditChanges entry={entry} names={names} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
