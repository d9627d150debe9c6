import {
  isFrontDeskKind,
  type Language,
  type NotificationKind,
  type TimeFormat,
} from '@clinic/domain';
import { answerLinkLines } from './answer-link-texts.ts';
import { visitTexts } from './message-texts.ts';

export interface MessageFacts {
  clinicName: string;
  recipientName: string;
  patientName: string;
  /** The dependant a guardian is written to about; null when the patient reads it. */
  onBehalfOf?: string | null;
  date: string;
  time: string;
  dentistName: string | null;
  serviceName: string | null;
  /** The recipient's language, else the clinic's default. */
  language: Language;
  timeFormat: TimeFormat;
  /** The patient's answer links (decision 040), for the messages that carry them. */
  answerLinks?: Parameters<typeof answerLinkLines>[1] | null;
}

export interface Message {
  subject: string;
  text: string;
}

/** Plain text only: it reads the same in every mail client and cannot hide a link. */
export function composeMessage(kind: NotificationKind, facts: MessageFacts): Message {
  const texts = visitTexts(facts.language);
  const when = texts.when(facts.date, facts.time, facts.timeFormat);
  const wording = isFrontDeskKind(kind)
    ? texts.toFrontDesk[kind](facts.patientName)
    : texts.toPatient[kind](when);
  const text = [
    texts.hello(facts.recipientName),
    '',
    ...(facts.onBehalfOf ? [texts.aboutDependant(facts.onBehalfOf), ''] : []),
    wording.opening,
    `  ${when}`,
    ...(facts.serviceName ? [`  ${facts.serviceName}`] : []),
    ...(facts.dentistName ? [`  ${texts.withDentist(facts.dentistName)}`] : []),
    '',
    ...(facts.answerLinks ? answerLinkLines(facts.language, facts.answerLinks) : []),
    wording.closing,
    '',
    facts.clinicName,
  ].join('\n');
  return { subject: wording.subject, text };
}
