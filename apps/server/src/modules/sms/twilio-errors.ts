/**
 * What Twilio's error codes that a clinic's texts commonly meet mean, for the owner reading
 * why a text failed. A status callback carries only the code; a refusal carries its own words.
 * https://www.twilio.com/docs/api/errors lists them all; an unknown code shows as the number.
 */
const WORDS: Record<string, string> = {
  '21211': "Invalid 'To' phone number",
  '21408': 'Sending to this region is not enabled',
  '21610': 'The recipient replied STOP to this sender',
  '21612': 'This number cannot receive texts from the sender',
  '21614': "'To' number is not a mobile number",
  '30003': 'Unreachable destination handset',
  '30004': 'Message blocked',
  '30005': 'Unknown destination handset',
  '30006': 'Landline or unreachable carrier',
  '30007': 'Filtered by the carrier',
  '30008': 'Unknown error',
  '30034': 'Sender not registered for texts to this country',
};

export function providerErrorWords(code: string): string | null {
  return WORDS[code] ?? null;
}
