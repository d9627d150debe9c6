import { isActiveStatus } from '@clinic/domain';
import type { EventInput } from '@fullcalendar/core';
import { STATUS_COLORS, statusTitle } from '../../../components/ui/status-badge';
import { i18n } from '../../../lib/i18n';
import type { Appointment, AppointmentStatus } from '../../../types/api';
import { toCalendarTime } from './calendar-time';

// The badges' colours in their light shade, which keeps dark text readable on every one.
export function statusBackground(status: AppointmentStatus): string {
  return `var(--mantine-color-${STATUS_COLORS[status]}-1)`;
}

/**
 * Colour is never the only signal: the status is the first word of every event. A patient's
 * medical alerts come right after it, in words, so the team sees them on the calendar too.
 */
export function eventTitle(appointment: Appointment): string {
  const alerts = appointment.patientMedicalAlerts;
  return [
    statusTitle(appointment.status),
    alerts?.length ? `${i18n.t('patients:calendarAlert')}: ${alerts.join(', ')}` : null,
    appointment.patientName,
    appointment.serviceName,
    appointment.dentistName,
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * An appointment as FullCalendar shows it: the status as the background, the dentist as the
 * border. Only pending and confirmed visits hold a slot, so only they can be moved or resized.
 */
export function toCalendarEvent(
  appointment: Appointment,
  colourOfDentist: (id: number | null) => string,
): EventInput {
  const start = toCalendarTime(appointment.date, appointment.time);
  const isActive = isActiveStatus(appointment.status);
  return {
    id: String(appointment.id),
    start,
    end: new Date(Date.parse(start) + appointment.durationMinutes * 60_000).toISOString(),
    title: eventTitle(appointment),
    backgroundColor: statusBackground(appointment.status),
    borderColor: colourOfDentist(appointment.dentist),
    textColor: 'var(--mantine-color-black)',
    editable: isActive,
    classNames: [
      'clinic-event',
      `clinic-event-${appointment.status}`,
      ...(appointment.patientMedicalAlerts?.length ? ['clinic-event-medical-alert'] : []),
    ],
    // Of two visits at the same time, the one that holds the slot comes first.
    extendedProps: { rank: isActive ? 0 : 1 },
  };
}
