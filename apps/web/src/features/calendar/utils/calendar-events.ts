import { isActiveStatus } from '@clinic/domain';
import type { EventInput } from '@fullcalendar/core';
import { STATUS_COLORS, statusTitle } from '../../../components/ui/status-badge';
import { i18n } from '../../../lib/i18n';
import type { Appointment, AppointmentStatus } from '../../../types/api';
import { toCalendarTime } from './calendar-time';

/** Names an event's element after its appointment, for the keyboard's way through the grid. */
export const VISIT_CLASS_PREFIX = 'clinic-visit-';

/** The appointment id an event's element stands for, or null for other elements. */
export function visitIdOf(element: Element): number | null {
  for (const name of element.classList) {
    if (name.startsWith(VISIT_CLASS_PREFIX)) return Number(name.slice(VISIT_CLASS_PREFIX.length));
  }
  return null;
}

// The badges' colours in their light shade, which keeps dark text readable on every one.
export function statusBackground(status: AppointmentStatus): string {
  return `var(--mantine-color-${STATUS_COLORS[status]}-1)`;
}

/**
 * Colour is never the only signal: the status is written in every event. The patient's name
 * leads, so that a short visit, cut off after a word or two, still says whose it is; their
 * medical alerts follow it, in words, so the team sees them on the calendar too, and after the
 * status whether the patient confirmed they will come.
 */
export function eventTitle(appointment: Appointment): string {
  const alerts = appointment.patientMedicalAlerts;
  return [
    appointment.patientName,
    alerts?.length ? `${i18n.t('patients:calendarAlert')}: ${alerts.join(', ')}` : null,
    statusTitle(appointment.status),
    appointment.patientConfirmedAt ? i18n.t('appointments:patientConfirmed.badge') : null,
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
      `${VISIT_CLASS_PREFIX}${appointment.id}`,
      ...(appointment.patientMedicalAlerts?.length ? ['clinic-event-medical-alert'] : []),
      ...(appointment.patientConfirmedAt ? ['clinic-event-patient-confirmed'] : []),
    ],
    // Of two visits at the same time, the one that holds the slot comes first. `startKey`
    // orders the keyboard's way through the grid.
    extendedProps: {
      rank: isActive ? 0 : 1,
      startKey: `${appointment.date}T${appointment.time}`,
    },
  };
}
