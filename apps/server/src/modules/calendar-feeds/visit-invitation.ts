import {
  type CalendarMethod,
  type Language,
  type NotificationKind,
  recipientLanguage,
  writeCalendar,
} from '@clinic/domain';
import type { AppContext } from '../../context.ts';
import type { AppointmentView } from '../appointments/index.ts';
import type { Clinic } from '../clinic/index.ts';
import { calendarTexts } from './calendar-texts.ts';
import { eventDomain, senderAddress, visitEvent } from './visit-events.ts';

/** An email's calendar part: the text/calendar alternative a mail client offers to add. */
export interface CalendarInvitation {
  method: CalendarMethod;
  filename: string;
  content: string;
}

/** Which emails carry the visit for the reader's calendar, and how. */
const METHODS: Partial<Record<NotificationKind, CalendarMethod>> = {
  appointment_confirmed: 'REQUEST',
  appointment_moved: 'REQUEST',
  appointment_cancelled: 'CANCEL',
};

/**
 * The calendar part of a visit email to a patient (or their guardian): the event to add when
 * the clinic confirms, the same event at its new time when it moves (same UID, higher
 * SEQUENCE), and its cancellation. Written from the appointment as it is when sent, like the
 * email itself. Other emails carry none.
 */
export function visitInvitation(
  ctx: AppContext,
  kind: NotificationKind,
  visit: AppointmentView,
  clinic: Clinic,
  reader: { id: number; name: string; email: string; language: Language | null },
): CalendarInvitation | null {
  const method = METHODS[kind];
  if (!method) return null;
  const language = recipientLanguage(reader.language, clinic.defaultLanguage);
  const event = visitEvent(visit, {
    audience: { kind: 'patient', holderId: reader.id },
    clinic,
    texts: calendarTexts(language),
    domain: eventDomain(ctx.config),
    organizer: { name: clinic.name, email: senderAddress(ctx.config.mailFrom) },
    attendee: { name: reader.name, email: reader.email },
  });
  const content = writeCalendar({
    timeZone: clinic.timeZone,
    stamp: ctx.now(),
    method,
    events: [method === 'CANCEL' ? { ...event, status: 'CANCELLED' } : event],
  });
  return { method, filename: `appointment-${visit.id}.ics`, content };
}
