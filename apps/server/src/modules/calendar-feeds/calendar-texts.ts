import type { Language } from '@clinic/domain';

/** What a calendar entry says, in the reader's language (the feed's holder, the email's reader). */
export interface CalendarTexts {
  /** A visit as its patient sees it: "Dental visit: Cleaning". */
  visit: (service: string | null) => string;
  /** A dependant's visit in their guardian's calendar: "Leo Lima: Cleaning". */
  visitOf: (patientName: string, service: string | null) => string;
  /** A visit in a dentist's calendar, with the patient's name when the clinic allows it. */
  dentistVisit: (patientName: string | null, service: string | null) => string;
  withDentist: (name: string) => string;
  /** Said of a request the clinic has not confirmed yet. */
  awaitingConfirmation: string;
  cancelled: string;
  clinicPhone: (phone: string) => string;
  /** The calendar's name in a subscriber's list. */
  patientCalendar: (clinicName: string) => string;
  dentistCalendar: (clinicName: string, dentistName: string) => string;
}

const en: CalendarTexts = {
  visit: (service) => (service ? `Dental visit: ${service}` : 'Dental visit'),
  visitOf: (patient, service) => (service ? `${patient}: ${service}` : `${patient}: dental visit`),
  dentistVisit: (patient, service) =>
    [patient ?? 'Appointment', service].filter(Boolean).join(': '),
  withDentist: (name) => `With ${name}`,
  awaitingConfirmation: 'Requested: waiting for the clinic to confirm it.',
  cancelled: 'Cancelled.',
  clinicPhone: (phone) => `Clinic phone: ${phone}`,
  patientCalendar: (clinic) => `${clinic}: my visits`,
  dentistCalendar: (clinic, dentist) => `${clinic}: ${dentist}`,
};

const es: CalendarTexts = {
  visit: (service) => (service ? `Cita dental: ${service}` : 'Cita dental'),
  visitOf: (patient, service) => (service ? `${patient}: ${service}` : `${patient}: cita dental`),
  dentistVisit: (patient, service) => [patient ?? 'Cita', service].filter(Boolean).join(': '),
  withDentist: (name) => `Con ${name}`,
  awaitingConfirmation: 'Solicitada: pendiente de que la clínica la confirme.',
  cancelled: 'Cancelada.',
  clinicPhone: (phone) => `Teléfono de la clínica: ${phone}`,
  patientCalendar: (clinic) => `${clinic}: mis citas`,
  dentistCalendar: (clinic, dentist) => `${clinic}: ${dentist}`,
};

const de: CalendarTexts = {
  visit: (service) => (service ? `Zahnarzttermin: ${service}` : 'Zahnarzttermin'),
  visitOf: (patient, service) =>
    service ? `${patient}: ${service}` : `${patient}: Zahnarzttermin`,
  dentistVisit: (patient, service) => [patient ?? 'Termin', service].filter(Boolean).join(': '),
  withDentist: (name) => `Bei ${name}`,
  awaitingConfirmation: 'Angefragt: wartet auf die Bestätigung der Praxis.',
  cancelled: 'Abgesagt.',
  clinicPhone: (phone) => `Telefon der Praxis: ${phone}`,
  patientCalendar: (clinic) => `${clinic}: meine Termine`,
  dentistCalendar: (clinic, dentist) => `${clinic}: ${dentist}`,
};

const fr: CalendarTexts = {
  visit: (service) => (service ? `Rendez-vous dentaire : ${service}` : 'Rendez-vous dentaire'),
  visitOf: (patient, service) =>
    service ? `${patient} : ${service}` : `${patient} : rendez-vous dentaire`,
  dentistVisit: (patient, service) =>
    [patient ?? 'Rendez-vous', service].filter(Boolean).join(' : '),
  withDentist: (name) => `Avec ${name}`,
  awaitingConfirmation: 'Demandé : en attente de la confirmation du cabinet.',
  cancelled: 'Annulé.',
  clinicPhone: (phone) => `Téléphone du cabinet : ${phone}`,
  patientCalendar: (clinic) => `${clinic} : mes rendez-vous`,
  dentistCalendar: (clinic, dentist) => `${clinic} : ${dentist}`,
};

const TEXTS: Record<Language, CalendarTexts> = { en, es, de, fr };

export function calendarTexts(language: Language): CalendarTexts {
  return TEXTS[language];
}
