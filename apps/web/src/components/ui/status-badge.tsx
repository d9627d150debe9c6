import { statusLabel } from '@clinic/domain';
import { Badge } from '@mantine/core';
import type { AppointmentStatus } from '../../types/api';

/** The one colour per status the product uses everywhere: badges, calendar, legends. */
export const STATUS_COLORS: Record<AppointmentStatus, string> = {
  pending: 'yellow',
  confirmed: 'green',
  completed: 'blue',
  cancelled: 'red',
  no_show: 'gray',
};

export function statusTitle(status: AppointmentStatus): string {
  const label = statusLabel(status);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** Colour is never the only signal: the status is always written out. */
export function StatusBadge({ status }: { status: AppointmentStatus }) {
  return (
    // A narrow table column would otherwise cut the word down to its first letters.
    <Badge variant="light" color={STATUS_COLORS[status]} miw="max-content">
      {statusTitle(status)}
    </Badge>
  );
}
