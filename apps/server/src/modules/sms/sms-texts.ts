import {
  fitsOneSms,
  isGsm7,
  type Language,
  type SmsKind,
  type SmsReplyKind,
  shortenForSms,
  type TimeFormat,
  toGsm7,
} from '@clinic/domain';
import { visitTime } from '../notifications/index.ts';

/**
 * What the clinic says by text message, in four languages. Every text fits one part (160
 * GSM-7 characters; see smsLength): a second part costs the clinic a second message and may
 * arrive out of order. So a text names no service, the clinic's name is cut when it is long,
 * then the dentist goes, then the patient's name is cut; characters the GSM alphabet lacks
 * are written plainly (á as a), and a name with none of its letters is left out. Every text
 * says how to stop them; those about a coming visit say how to answer.
 */
export interface VisitTextFacts {
  clinicName: string;
  /** Clinic-local `YYYY-MM-DD` and `HH:MM`. */
  date: string;
  time: string;
  dentistName: string | null;
  /** The dependant's name when the text goes to their guardian; null for one's own visit. */
  onBehalfOf: string | null;
  /** The clinic's phone, for a cancelled visit; '' when none. */
  clinicPhone: string;
  language: Language;
  timeFormat: TimeFormat;
}

interface Parts {
  clinic: string;
  when: string;
  dentist: string | null;
  /** Whose visit: null for the reader's own. */
  who: string | null;
  phone: string;
}

interface Wording {
  visit: Record<SmsKind, (p: Parts) => string>;
  reply: Record<SmsReplyKind, (p: Parts) => string>;
  /** "Reply C to confirm, N to cancel." */
  answer: string;
  /** "STOP to opt out": in every text but the one confirming the stop. */
  stop: string;
}

const en: Wording = {
  visit: {
    reminder: (p) =>
      `${p.clinic}: reminder of ${p.who ? `${p.who}'s` : 'your'} visit ${p.when}${p.dentist ? ` with ${p.dentist}` : ''}.`,
    appointment_confirmed: (p) =>
      `${p.clinic}: ${p.who ? `${p.who}'s` : 'your'} visit ${p.when}${p.dentist ? ` with ${p.dentist}` : ''} is confirmed.`,
    appointment_moved: (p) =>
      `${p.clinic}: ${p.who ? `${p.who}'s` : 'your'} visit is now ${p.when}${p.dentist ? ` with ${p.dentist}` : ''}.`,
    appointment_cancelled: (p) =>
      `${p.clinic}: ${p.who ? `${p.who}'s` : 'your'} visit ${p.when} is cancelled.${p.phone ? ` To book again call ${p.phone}.` : ''}`,
  },
  reply: {
    reply_confirmed: (p) => `${p.clinic}: thank you, we expect you ${p.when}.`,
    reply_cancelled: (p) =>
      `${p.clinic}: your visit ${p.when} is cancelled. Thank you for telling us.`,
    reply_too_late: (p) =>
      `${p.clinic}: it is too late to cancel by text. Please call us${p.phone ? ` on ${p.phone}` : ''}.`,
    reply_received: (p) =>
      `${p.clinic}: thank you, we received your reply; the clinic will confirm.`,
    opted_out: (p) =>
      `${p.clinic}: you will get no more texts from us. Reply START to get them again.`,
    opted_in: (p) => `${p.clinic}: you will get our texts again.`,
  },
  answer: ' Reply C to confirm, N to cancel.',
  stop: ' STOP to opt out',
};

const es: Wording = {
  visit: {
    reminder: (p) =>
      `${p.clinic}: recordatorio de ${p.who ? `la cita de ${p.who}` : 'su cita'} el ${p.when}${p.dentist ? ` con ${p.dentist}` : ''}.`,
    appointment_confirmed: (p) =>
      `${p.clinic}: ${p.who ? `la cita de ${p.who}` : 'su cita'} del ${p.when}${p.dentist ? ` con ${p.dentist}` : ''} está confirmada.`,
    appointment_moved: (p) =>
      `${p.clinic}: ${p.who ? `la cita de ${p.who}` : 'su cita'} es ahora el ${p.when}${p.dentist ? ` con ${p.dentist}` : ''}.`,
    appointment_cancelled: (p) =>
      `${p.clinic}: ${p.who ? `la cita de ${p.who}` : 'su cita'} del ${p.when} está cancelada.${p.phone ? ` Para pedir otra llame al ${p.phone}.` : ''}`,
  },
  reply: {
    reply_confirmed: (p) => `${p.clinic}: gracias, le esperamos el ${p.when}.`,
    reply_cancelled: (p) =>
      `${p.clinic}: su cita del ${p.when} está cancelada. Gracias por avisar.`,
    reply_too_late: (p) =>
      `${p.clinic}: ya es tarde para cancelar por SMS. Llámenos${p.phone ? ` al ${p.phone}` : ''}, por favor.`,
    reply_received: (p) =>
      `${p.clinic}: gracias, hemos recibido su respuesta; la clínica la confirmará.`,
    opted_out: (p) =>
      `${p.clinic}: no recibirá más SMS nuestros. Responda START para volver a recibirlos.`,
    opted_in: (p) => `${p.clinic}: volverá a recibir nuestros SMS.`,
  },
  answer: ' Responda C para confirmar, N para cancelar.',
  stop: ' STOP para no recibir SMS',
};

const de: Wording = {
  visit: {
    reminder: (p) =>
      `${p.clinic}: Erinnerung an ${p.who ? `den Termin von ${p.who}` : 'Ihren Termin'} am ${p.when}${p.dentist ? ` bei ${p.dentist}` : ''}.`,
    appointment_confirmed: (p) =>
      `${p.clinic}: ${p.who ? `Der Termin von ${p.who}` : 'Ihr Termin'} am ${p.when}${p.dentist ? ` bei ${p.dentist}` : ''} ist bestätigt.`,
    appointment_moved: (p) =>
      `${p.clinic}: ${p.who ? `Der Termin von ${p.who}` : 'Ihr Termin'} ist jetzt am ${p.when}${p.dentist ? ` bei ${p.dentist}` : ''}.`,
    appointment_cancelled: (p) =>
      `${p.clinic}: ${p.who ? `Der Termin von ${p.who}` : 'Ihr Termin'} am ${p.when} ist abgesagt.${p.phone ? ` Neuer Termin unter ${p.phone}.` : ''}`,
  },
  reply: {
    reply_confirmed: (p) => `${p.clinic}: Danke, wir erwarten Sie am ${p.when}.`,
    reply_cancelled: (p) =>
      `${p.clinic}: Ihr Termin am ${p.when} ist abgesagt. Danke für Ihre Nachricht.`,
    reply_too_late: (p) =>
      `${p.clinic}: Für eine Absage per SMS ist es zu spät. Bitte rufen Sie uns an${p.phone ? `: ${p.phone}` : ''}.`,
    reply_received: (p) =>
      `${p.clinic}: Danke, wir haben Ihre Antwort erhalten; die Praxis bestätigt sie.`,
    opted_out: (p) =>
      `${p.clinic}: Sie erhalten keine SMS mehr von uns. Antworten Sie START, um sie wieder zu erhalten.`,
    opted_in: (p) => `${p.clinic}: Sie erhalten unsere SMS wieder.`,
  },
  answer: ' Antworten Sie C zum Bestätigen, N zum Absagen.',
  stop: ' STOP zum Abbestellen',
};

const fr: Wording = {
  visit: {
    reminder: (p) =>
      `${p.clinic} : rappel ${p.who ? `du rendez-vous de ${p.who}` : 'de votre rendez-vous'} le ${p.when}${p.dentist ? ` avec ${p.dentist}` : ''}.`,
    appointment_confirmed: (p) =>
      `${p.clinic} : ${p.who ? `le rendez-vous de ${p.who}` : 'votre rendez-vous'} du ${p.when}${p.dentist ? ` avec ${p.dentist}` : ''} est confirmé.`,
    appointment_moved: (p) =>
      `${p.clinic} : ${p.who ? `le rendez-vous de ${p.who}` : 'votre rendez-vous'} est déplacé au ${p.when}${p.dentist ? ` avec ${p.dentist}` : ''}.`,
    appointment_cancelled: (p) =>
      `${p.clinic} : ${p.who ? `le rendez-vous de ${p.who}` : 'votre rendez-vous'} du ${p.when} est annulé.${p.phone ? ` Pour en prendre un autre : ${p.phone}.` : ''}`,
  },
  reply: {
    reply_confirmed: (p) => `${p.clinic} : merci, nous vous attendons le ${p.when}.`,
    reply_cancelled: (p) =>
      `${p.clinic} : votre rendez-vous du ${p.when} est annulé. Merci de nous avoir prévenus.`,
    reply_too_late: (p) =>
      `${p.clinic} : il est trop tard pour annuler par SMS. Appelez-nous${p.phone ? ` au ${p.phone}` : ''}, s'il vous plaît.`,
    reply_received: (p) =>
      `${p.clinic} : merci, nous avons reçu votre réponse ; le cabinet la confirmera.`,
    opted_out: (p) =>
      `${p.clinic} : vous ne recevrez plus nos SMS. Répondez START pour les recevoir à nouveau.`,
    opted_in: (p) => `${p.clinic} : vous recevrez à nouveau nos SMS.`,
  },
  answer: ' Répondez C pour confirmer, N pour annuler.',
  stop: ' STOP pour vous désinscrire',
};

const WORDINGS: Record<Language, Wording> = { en, es, de, fr };

const LOCALES: Record<Language, string> = { en: 'en-GB', es: 'es-ES', de: 'de-DE', fr: 'fr-FR' };

const shortDates = new Map<Language, Intl.DateTimeFormat>();

/** A clinic-local day written short: "Wed 2 Dec", "mié 2 dic", "Mi. 2. Dez.", "mer. 2 déc.". */
export function shortVisitDate(date: string, language: Language): string {
  const day = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return date;
  let format = shortDates.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    shortDates.set(language, format);
  }
  const parts = format.formatToParts(day);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  // Assembled from parts: ICU versions differ on commas and dots between them.
  const dayNumber = language === 'de' ? `${part('day')}.` : part('day');
  return `${part('weekday')} ${dayNumber} ${part('month')}`;
}

function when(facts: { date: string; time: string; language: Language; timeFormat: TimeFormat }) {
  return `${shortVisitDate(facts.date, facts.language)} ${visitTime(facts.time, facts.language, facts.timeFormat)}`;
}

/** The letters of a name the GSM alphabet has, spaces squeezed; '' when it has none of them. */
function gsmOnly(name: string): string {
  return Array.from(toGsm7(name))
    .filter((char) => isGsm7(char))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The longest wording that fits one part: names as given first, then ever shorter. A name the
 * GSM alphabet cannot write (it would make the text UCS-2, 70 characters) is reduced to the
 * letters it can, or left out.
 */
function fitted(
  write: (p: Parts) => string,
  tail: string,
  names: { clinic: string; dentist: string | null; who: string | null },
  fixed: { when: string; phone: string },
): string {
  const steps: { clinic: number; dentist: boolean; who: number }[] = [
    { clinic: 60, dentist: true, who: 30 },
    { clinic: 30, dentist: true, who: 20 },
    { clinic: 30, dentist: false, who: 20 },
    { clinic: 20, dentist: false, who: 15 },
    { clinic: 12, dentist: false, who: 10 },
  ];
  for (const reduce of [(name: string) => name, gsmOnly]) {
    for (const step of steps) {
      const clinic = shortenForSms(reduce(names.clinic), step.clinic);
      const who = names.who === null ? null : shortenForSms(reduce(names.who), step.who);
      const dentist = step.dentist && names.dentist ? reduce(names.dentist) : null;
      const text = toGsm7(
        write({
          clinic,
          who: who || null,
          dentist: dentist || null,
          when: fixed.when,
          phone: fixed.phone,
        }) + tail,
      );
      if (fitsOneSms(text)) return text;
    }
  }
  // Every name is in the alphabet and short by now; a clinic phone of absurd length is all
  // that is left, and the text goes without it.
  return toGsm7(
    write({ clinic: '', who: null, dentist: null, when: fixed.when, phone: '' }) + tail,
  );
}

/** The text about a visit: confirmed, moved, cancelled, or a reminder. */
export function composeVisitText(kind: SmsKind, facts: VisitTextFacts): string {
  const wording = WORDINGS[facts.language];
  const answerable = kind !== 'appointment_cancelled';
  return fitted(
    wording.visit[kind],
    (answerable ? wording.answer : '') + wording.stop,
    { clinic: facts.clinicName, dentist: facts.dentistName, who: facts.onBehalfOf },
    { when: when(facts), phone: facts.clinicPhone.trim() },
  );
}

export interface ReplyTextFacts {
  clinicName: string;
  /** The visit the reply was about, when there is one. */
  visit: { date: string; time: string } | null;
  clinicPhone: string;
  language: Language;
  timeFormat: TimeFormat;
}

/** The clinic's short answer to a patient's reply. */
export function composeReplyText(kind: SmsReplyKind, facts: ReplyTextFacts): string {
  const wording = WORDINGS[facts.language];
  const visitWhen = facts.visit ? when({ ...facts, ...facts.visit }) : '';
  return fitted(
    wording.reply[kind],
    kind === 'opted_out' ? '' : wording.stop,
    { clinic: facts.clinicName, dentist: null, who: null },
    { when: visitWhen, phone: facts.clinicPhone.trim() },
  );
}
