import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../types/api';
import {
  auditSubjectKind,
  auditSubjectName,
  isAppointmentEntry,
} from '../utils/describe-audit-entry';
import { AuditAppointment } from './audit-appointment';

interface AuditAboutProps {
  entry: AuditEntry;
  /** Appointments that may still be opened. */
  openable: ReadonlySet<number>;
  onOpen: (appointmentId: number) => void;
}

/** What an entry is about: its kind first, so that a mixed log can be scanned, then which one. */
export function AuditAbout({ entry, openable, onOpen }: AuditAboutProps) {
  const { t } = useTranslation('audit');
  let which: ReactNode = null;
  if (isAppointmentEntry(entry)) {
    which = (
      <AuditAppointment entry={entry} canOpen={openable.has(entry.appointment)} onOpen={onOpen} />
    );
  } else {
    const name = auditSubjectName(entry, t);
    if (name !== null) {
      which = (
        <Text size="sm" fw={500}>
          {name}
        </Text>
      );
    }
  }
  return (
    <Stack gap={2} align="flex-start">
      <Text size="xs" c="dimmed">
        {auditSubjectKind(entry.subject, t)}
      </Text>
      {which}
    </Stack>
  );
}
