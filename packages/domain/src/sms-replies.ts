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
