import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { i18n } from '../../lib/i18n';
import type { AppointmentStatus } from '../../types/api';

/** The one colour per status the product uses everywhere: badges, calendar, legends. */
export const STATUS_COLORS: Record<AppointmentStatus, string> = {
  pending: 'yellow',
  confirmed: 'green',
  arrived: 'cyan',
  in_chair: 'grape',
  completed: 'blue',
  cancelled: 'red',
  no_show: 'gray',
};

/** The status as a heading or badge writes it, in the active language: `No-show`. */
export function statusTitle(status: AppointmentStatus): string {
  return i18n.t(`status.${status}`);
}

/** Colour is never the only signal: the status is always written out. */
export function StatusBadge({ status }: { status: AppointmentStatus }) {
  // Subscribes the badge to language changes; the text itself comes from statusTitle.
  useTranslation();
  return (
    // A narrow table column would otherwise cut the word down to its first letters.
    <Badge variant="light" color={STATUS_COLORS[status]} miw="max-content">
      {statusTitle(status)}
    </Badge>
  );
}
