import { Badge } from '@mantine/core';
import { historyActionVerb } from '../../appointments/utils/describe-history';
import type { AuditAction } from '../api/get-audit-log';

const ACTION_COLORS: Record<AuditAction, string> = {
  created: 'green',
  updated: 'blue',
  deleted: 'red',
};

/** Colour is never the only signal: the action is always written out. */
export function AuditActionBadge({ action }: { action: AuditAction }) {
  return (
    <Badge variant="light" color={ACTION_COLORS[action]} miw="max-content">
      {historyActionVerb(action)}
    </Badge>
  );
}
