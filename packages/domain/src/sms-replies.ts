/**
 * What a patient's text message back to the clinic asks for. Reminders and confirmations say
 * "Reply C to confirm, N to cancel" and "STOP to opt out"; people also answer in words, in
 * their own language, with a full stop or in lower case. Only a reply that is one of these
 * words alone acts: anything else ("yes, but 10 minutes late") goes to the front desk as a
 * message for a person, never back as "invalid answer".
 */
export const SMS_REPLY_INTENTS = ['confirm', 'cancel', 'opt_out', 'opt_in', 'other'] as const;
export type SmsReplyIntent = (typeof SMS_REPLY_INTENTS)[number];

const WORDS: Record<Exclude<SmsReplyIntent, 'other'>, readonly string[]> = {
  // C and N are what the messages ask for in every language; the rest are natural answers.
  confirm: ['C', 'Y', 'YES', 'CONFIRM', 'CONFIRMED', 'SI', 'JA', 'OUI', 'CONFIRMAR', 'CONFIRMER'],
  cancel: ['N', 'NO', 'CANCEL', 'NON', 'NEIN', 'CANCELAR', 'ANNULER', 'ABSAGEN'],
  // The carriers' and the provider's opt-out and opt-in words (STOP must always work).
  opt_out: ['STOP', 'STOPALL', 'UNSUBSCRIBE', 'END', 'QUIT', 'OPTOUT', 'REVOKE', 'ARRET', 'BAJA'],
  opt_in: ['START', 'UNSTOP', 'OPTIN'],
};

const BY_WORD = new Map<string, SmsReplyIntent>(
  Object.entries(WORDS).flatMap(([intent, words]) =>
    words.map((word) => [word, intent as SmsReplyIntent] as const),
  ),
);

/**
 * The reply as a keyword: accents off, upper case, punctuation and emoji gone, spaces
 * squeezed ("  Yes! " → "YES", "stop all" → "STOP ALL", "Sí." → "SI").
 */
export function smsReplyKeyword(body: string): string {
  return body
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What the reply asks for; `other` for anything that is not one of the words alone. */
export function parseSmsReply(body: string): SmsReplyIntent {
  const keyword = smsReplyKeyword(body);
  return BY_WORD.get(keyword) ?? BY_WORD.get(keyword.replace(/ /g, '')) ?? 'other';
}

/**
 * What was done about a reply:
 * - `confirmed`, `cancelled`: the visit the patient was texted about now says so;
 * - `too_late`: a cancellation past the clinic's cut-off (the patient is told to phone);
 * - `not_possible`: the visit can no longer be confirmed or cancelled (it changed meanwhile);
 * - `recorded`: kept for the front desk to act on, without changing the visit;
 * - `forwarded`: words for a person at the front desk;
 * - `opted_out`, `opted_in`: texts turned off (STOP) or on again (START);
 * - `unknown_sender`: no patient has the number;
 * - `no_visit`: the patient has no coming visit a text asked them about.
 */
export const SMS_REPLY_OUTCOMES = [
  'confirmed',
  'cancelled',
  'too_late',
  'not_possible',
  'recorded',
  'forwarded',
  'opted_out',
  'opted_in',
  'unknown_sender',
  'no_visit',
] as const;
export type SmsReplyOutcome = (typeof SMS_REPLY_OUTCOMES)[number];

/** The clinic's short answers to a reply, each a text of its own. */
export const SMS_REPLY_KINDS = [
  'reply_confirmed',
  'reply_cancelled',
  'reply_too_late',
  'reply_received',
  'opted_out',
  'opted_in',
] as const;
export type SmsReplyKind = (typeof SMS_REPLY_KINDS)[number];

/**
 * Whether a reply gets an answer, and whether it waits for a person. An answer goes to what
 * the patient asked the clinic to do (confirm, cancel, stop, start), so they know it was done;
 * free words get none, which also keeps the clinic from answering an auto-responder for ever.
 * Whatever the clinic could not settle by itself waits for the front desk.
 */
export function smsReplyHandling(
  intent: SmsReplyIntent,
  outcome: SmsReplyOutcome,
): { answer: SmsReplyKind | null; needsAttention: boolean } {
  switch (outcome) {
    case 'confirmed':
      return { answer: 'reply_confirmed', needsAttention: false };
    case 'cancelled':
      return { answer: 'reply_cancelled', needsAttention: false };
    case 'too_late':
      return { answer: 'reply_too_late', needsAttention: true };
    case 'recorded':
      return { answer: 'reply_received', needsAttention: true };
    case 'opted_out':
      return { answer: 'opted_out', needsAttention: false };
    case 'opted_in':
      return { answer: 'opted_in', needsAttention: false };
    case 'not_possible':
    case 'forwarded':
    case 'no_visit':
      return { answer: null, needsAttention: true };
    case 'unknown_sender':
      return { answer: null, needsAttention: intent !== 'opt_out' && intent !== 'opt_in' };
  }
}

/** Owner and staff read and settle what patients text the clinic; patients never see others'. */
export function canHandlePatientTexts(actor: { role: string }): boolean {
  return actor.role === 'owner' || actor.role === 'staff';
}
