import type { FrontDeskKind, Language, PatientKind, TimeFormat } from '@clinic/domain';
import { longVisitDate, visitTime } from './visit-format.ts';

interface Wording {
  subject: string;
  opening: string;
  closing: string;
}

/**
 * What the clinic says about a visit, in one language. Channel-neutral pieces (`when`, the
 * subjects) are what a text message or a calendar entry would reuse; the rest frames an email.
 */
export interface VisitTexts {
  hello: (name: string) => string;
  /** "Wednesday 2 December 2026 at 09:30" */
  when: (date: string, time: string, timeFormat: TimeFormat) => string;
  withDentist: (name: string) => string;
  /** Told to a guardian: whose visit the message is about. */
  aboutDependant: (name: string) => string;
  /** What a patient did, told to the front desk; `when` is the visit's time now. */
  toFrontDesk: Record<FrontDeskKind, (patientName: string) => Wording>;
  toPatient: Record<PatientKind, (when: string) => Wording>;
}

const en: VisitTexts = {
  hello: (name) => `Hello ${name},`,
  when: (date, time, format) => `${longVisitDate(date, 'en')} at ${visitTime(time, 'en', format)}`,
  withDentist: (name) => `with ${name}`,
  aboutDependant: (name) => `This message is about ${name}, whom you book for.`,
  toFrontDesk: {
    request_received: (patient) => ({
      subject: `New appointment request from ${patient}`,
      opening: `${patient} asks for an appointment:`,
      closing: 'It waits for the clinic to confirm or decline it in the appointment book.',
    }),
    patient_cancelled: (patient) => ({
      subject: `${patient} cancelled an appointment`,
      opening: `${patient} cancelled this appointment online:`,
      closing:
        'The time is free again in the appointment book; the reason, if given, is in its history.',
    }),
    patient_moved: (patient) => ({
      subject: `${patient} moved an appointment`,
      opening: `${patient} moved their appointment online. It is now:`,
      closing:
        'Its history in the appointment book shows the earlier time; a visit waiting for confirmation is among the requests.',
    }),
  },
  toPatient: {
    appointment_confirmed: (when) => ({
      subject: `Your appointment on ${when} is confirmed`,
      opening: 'Your appointment is confirmed:',
      closing: 'If you cannot come, please let the clinic know as early as you can.',
    }),
    appointment_moved: (when) => ({
      subject: `Your appointment has moved to ${when}`,
      opening: 'Your appointment is now:',
      closing: 'If the new time does not suit you, please contact the clinic.',
    }),
    appointment_cancelled: (when) => ({
      subject: `Your appointment on ${when} is cancelled`,
      opening: 'This appointment is cancelled:',
      closing: 'Please contact the clinic or request a new appointment if you still need one.',
    }),
    reminder: (when) => ({
      subject: `Reminder: your appointment on ${when}`,
      opening: 'A reminder of your appointment:',
      closing: 'If you cannot come, please let the clinic know as early as you can.',
    }),
  },
};

const es: VisitTexts = {
  hello: (name) => `Hola, ${name}:`,
  when: (date, time, format) =>
    `${longVisitDate(date, 'es')} a las ${visitTime(time, 'es', format)}`,
  withDentist: (name) => `con ${name}`,
  aboutDependant: (name) => `Este mensaje se refiere a ${name}, a quien usted reserva las citas.`,
  toFrontDesk: {
    request_received: (patient) => ({
      subject: `Nueva solicitud de cita de ${patient}`,
      opening: `${patient} solicita una cita:`,
      closing: 'Está pendiente de que la clínica la confirme o la rechace en la agenda de citas.',
    }),
    patient_cancelled: (patient) => ({
      subject: `${patient} ha cancelado una cita`,
      opening: `${patient} ha cancelado esta cita en línea:`,
      closing:
        'La hora vuelve a estar libre en la agenda; el motivo, si lo dio, figura en su historial.',
    }),
    patient_moved: (patient) => ({
      subject: `${patient} ha cambiado una cita`,
      opening: `${patient} ha cambiado su cita en línea. Ahora es:`,
      closing:
        'Su historial en la agenda muestra la hora anterior; si espera confirmación, figura entre las solicitudes.',
    }),
  },
  toPatient: {
    appointment_confirmed: (when) => ({
      subject: `Su cita del ${when} está confirmada`,
      opening: 'Su cita está confirmada:',
      closing: 'Si no puede acudir, avise a la clínica lo antes posible.',
    }),
    appointment_moved: (when) => ({
      subject: `Su cita se ha cambiado al ${when}`,
      opening: 'Su cita es ahora:',
      closing: 'Si la nueva hora no le viene bien, póngase en contacto con la clínica.',
    }),
    appointment_cancelled: (when) => ({
      subject: `Su cita del ${when} ha sido cancelada`,
      opening: 'Esta cita ha sido cancelada:',
      closing: 'Póngase en contacto con la clínica o solicite una nueva cita si aún la necesita.',
    }),
    reminder: (when) => ({
      subject: `Recordatorio: su cita del ${when}`,
      opening: 'Le recordamos su cita:',
      closing: 'Si no puede acudir, avise a la clínica lo antes posible.',
    }),
  },
};

const de: VisitTexts = {
  hello: (name) => `Guten Tag ${name},`,
  // "um 09:30 Uhr", but "um 9:30 AM": Uhr follows only the 24-hour clock.
  when: (date, time, format) =>
    `${longVisitDate(date, 'de')} um ${visitTime(time, 'de', format)}${format === '24h' ? ' Uhr' : ''}`,
  withDentist: (name) => `bei ${name}`,
  aboutDependant: (name) =>
    `Diese Nachricht betrifft ${name}, für den bzw. die Sie Termine buchen.`,
  toFrontDesk: {
    request_received: (patient) => ({
      subject: `Neue Terminanfrage von ${patient}`,
      opening: `${patient} bittet um einen Termin:`,
      closing:
        'Die Anfrage wartet im Terminbuch darauf, dass die Praxis sie bestätigt oder ablehnt.',
    }),
    patient_cancelled: (patient) => ({
      subject: `${patient} hat einen Termin abgesagt`,
      opening: `${patient} hat diesen Termin online abgesagt:`,
      closing:
        'Die Zeit ist im Terminbuch wieder frei; ein angegebener Grund steht in seinem Verlauf.',
    }),
    patient_moved: (patient) => ({
      subject: `${patient} hat einen Termin verlegt`,
      opening: `${patient} hat den Termin online verlegt. Er ist jetzt:`,
      closing:
        'Sein Verlauf im Terminbuch zeigt die frühere Zeit; wartet er auf Bestätigung, steht er bei den Anfragen.',
    }),
  },
  toPatient: {
    appointment_confirmed: (when) => ({
      subject: `Ihr Termin am ${when} ist bestätigt`,
      opening: 'Ihr Termin ist bestätigt:',
      closing:
        'Falls Sie nicht kommen können, geben Sie der Praxis bitte so früh wie möglich Bescheid.',
    }),
    appointment_moved: (when) => ({
      subject: `Ihr Termin wurde auf ${when} verlegt`,
      opening: 'Ihr Termin ist jetzt:',
      closing: 'Wenn Ihnen die neue Zeit nicht passt, melden Sie sich bitte in der Praxis.',
    }),
    appointment_cancelled: (when) => ({
      subject: `Ihr Termin am ${when} wurde abgesagt`,
      opening: 'Dieser Termin wurde abgesagt:',
      closing:
        'Bitte wenden Sie sich an die Praxis oder fragen Sie einen neuen Termin an, falls Sie noch einen brauchen.',
    }),
    reminder: (when) => ({
      subject: `Erinnerung: Ihr Termin am ${when}`,
      opening: 'Wir erinnern Sie an Ihren Termin:',
      closing:
        'Falls Sie nicht kommen können, geben Sie der Praxis bitte so früh wie möglich Bescheid.',
    }),
  },
};

const fr: VisitTexts = {
  hello: (name) => `Bonjour ${name},`,
  when: (date, time, format) => `${longVisitDate(date, 'fr')} à ${visitTime(time, 'fr', format)}`,
  withDentist: (name) => `avec ${name}`,
  aboutDependant: (name) => `Ce message concerne ${name}, pour qui vous prenez les rendez-vous.`,
  toFrontDesk: {
    request_received: (patient) => ({
      subject: `Nouvelle demande de rendez-vous : ${patient}`,
      opening: `${patient} demande un rendez-vous :`,
      closing: 'La demande attend que le cabinet la confirme ou la refuse dans l’agenda.',
    }),
    patient_cancelled: (patient) => ({
      subject: `Rendez-vous annulé par ${patient}`,
      opening: `${patient} a annulé ce rendez-vous en ligne :`,
      closing:
        'Le créneau est de nouveau libre dans l’agenda ; le motif éventuel figure dans son historique.',
    }),
    patient_moved: (patient) => ({
      subject: `Rendez-vous déplacé par ${patient}`,
      opening: `${patient} a déplacé son rendez-vous en ligne. Il est désormais :`,
      closing:
        'Son historique dans l’agenda montre l’horaire précédent ; s’il attend une confirmation, il figure parmi les demandes.',
    }),
  },
  toPatient: {
    appointment_confirmed: (when) => ({
      subject: `Votre rendez-vous du ${when} est confirmé`,
      opening: 'Votre rendez-vous est confirmé :',
      closing: 'Si vous ne pouvez pas venir, merci de prévenir le cabinet le plus tôt possible.',
    }),
    appointment_moved: (when) => ({
      subject: `Votre rendez-vous est déplacé au ${when}`,
      opening: 'Votre rendez-vous est désormais :',
      closing: 'Si ce nouvel horaire ne vous convient pas, merci de contacter le cabinet.',
    }),
    appointment_cancelled: (when) => ({
      subject: `Votre rendez-vous du ${when} est annulé`,
      opening: 'Ce rendez-vous est annulé :',
      closing:
        'Contactez le cabinet ou demandez un nouveau rendez-vous si vous en avez encore besoin.',
    }),
    reminder: (when) => ({
      subject: `Rappel : votre rendez-vous du ${when}`,
      opening: 'Nous vous rappelons votre rendez-vous :',
      closing: 'Si vous ne pouvez pas venir, merci de prévenir le cabinet le plus tôt possible.',
    }),
  },
};

const TEXTS: Record<Language, VisitTexts> = { en, es, de, fr };

export function visitTexts(language: Language): VisitTexts {
  return TEXTS[language];
}
