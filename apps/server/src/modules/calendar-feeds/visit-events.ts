import {
  appointmentEventUid,
  type CalendarEvent,
  type CalendarPerson,
  calendarStatusOf,
} from '@clinic/domain';
import type { Config } from '../../config.ts';
import type { AppointmentView } from '../appointments/index.ts';
import type { Clinic } from '../clinic/index.ts';
import type { CalendarTexts } from './calendar-texts.ts';

/**
 * The domain every event's UID is at: PUBLIC_URL's host, else the host the server listens on
 * (the same origin as the links in emails). See decision 042 on changing it.
 */
export function eventDomain(config: Config): string {
  if (config.publicUrl) {
    try {
      return new URL(config.publicUrl).hostname;
    } catch {
      // PUBLIC_URL is checked at start; a value URL cannot read falls through.
    }
  }
  return config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
}

/** The address MAIL_FROM names (`Clinic <no-reply@clinic.example>` → `no-reply@clinic.example`). */
export function senderAddress(mailFrom: string): string {
  const angled = /<([^>]+)>/.exec(mailFrom);
  return (angled?.[1] ?? mailFrom).trim();
}

/** Who sees the event, which decides what it says. */
export type VisitAudience =
  | { kind: 'patient'; holderId: number }
  | { kind: 'dentist'; showPatientNames: boolean };

/**
 * A visit as a calendar event: the clinic's name, the service and the dentist, never the
 * team's notes or anything medical. SEQUENCE is the appointment's version, which every change
 * raises (decision 042).
 */
export function visitEvent(
  visit: AppointmentView,
  options: {
    audience: VisitAudience;
    clinic: Clinic;
    texts: CalendarTexts;
    domain: string;
    organizer?: CalendarPerson;
    attendee?: CalendarPerson;
  },
): CalendarEvent {
  const { audience, clinic, texts } = options;
  const summary =
    audience.kind === 'dentist'
      ? texts.dentistVisit(audience.showPatientNames ? visit.patientName : null, visit.serviceName)
      : visit.patientId === audience.holderId
        ? texts.visit(visit.serviceName)
        : texts.visitOf(visit.patientName, visit.serviceName);
  const status = calendarStatusOf(visit.status);
  const description = [
    audience.kind === 'patient' && visit.dentistName ? texts.withDentist(visit.dentistName) : null,
    status === 'TENTATIVE' ? texts.awaitingConfirmation : null,
    status === 'CANCELLED' ? texts.cancelled : null,
    audience.kind === 'patient' && clinic.contact.phone
      ? texts.clinicPhone(clinic.contact.phone)
      : null,
  ].filter((line): line is string => line !== null);
  return {
    uid: appointmentEventUid(visit.id, options.domain),
    sequence: visit.version,
    startsAt: visit.startsAt,
    endsAt: visit.endsAt,
    summary: audience.kind === 'patient' ? `${summary} (${clinic.name})` : summary,
    description: description.join('\n'),
    location: clinic.contact.address || undefined,
    status,
    lastModified: visit.updatedAt,
    organizer: options.organizer,
    attendee: options.attendee,
  };
}
