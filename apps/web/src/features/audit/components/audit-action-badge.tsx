import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditAction } from '../api/get-audit-log';
import { auditActionVerb } from '../utils/audit-view';

const ACTION_COLORS: Record<AuditAction, string> = {
  created: 'green',
  updated: 'blue',
  deleted: 'red',
  locked: 'orange',
  opened: 'gray',
  exported: 'grape',
  closed: 'dark',
};

/** Colour is never the only signal: the action is always written out. */
export function AuditActionBadge({ action }: { action: AuditAction }) {
  const { t } = useTranslation('audit');
  return (
    <Badge variant="light" color={ACTION_COLORS[action]} miw="max-content">
      {auditActionVerb(action, t)}
    </Badge>
  );
}
