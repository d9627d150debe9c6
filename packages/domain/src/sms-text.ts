/**
 * How long a text message is, as the phone network counts it (3GPP TS 23.038). A message
 * written only in the GSM 7-bit alphabet fits 160 characters in one part; a character of the
 * alphabet's extension table (€, [, ], {, }, ~, ^, \, |, form feed) takes two of them. One
 * character outside the alphabet turns the whole message into UCS-2, which fits 70 UTF-16
 * units in one part. Longer messages travel in parts of 153 septets or 67 units (the rest of
 * each part carries the header that joins them), and each part is paid for.
 */

/** The basic table, in the order of its codes; `\x1b` (the escape to the extension) is not a character. */
const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** Reached through the escape: two septets each. */
const GSM7_EXTENDED = '\f^{}\\[~]|€';

const BASIC = new Set(GSM7_BASIC);
const EXTENDED = new Set(GSM7_EXTENDED);

export const SMS_SINGLE_LIMIT = { gsm7: 160, ucs2: 70 } as const;
export const SMS_PART_LIMIT = { gsm7: 153, ucs2: 67 } as const;

export type SmsEncoding = 'gsm7' | 'ucs2';

export interface SmsLength {
  encoding: SmsEncoding;
  /** Septets for GSM-7, UTF-16 code units for UCS-2. */
  units: number;
  /** How many parts the network sends it in (0 for an empty text). */
  segments: number;
}

/** Whether every character is in the GSM 7-bit alphabet, basic or extended. */
export function isGsm7(text: string): boolean {
  for (const char of text) if (!BASIC.has(char) && !EXTENDED.has(char)) return false;
  return true;
}

/** The septets (GSM-7) or UTF-16 units (UCS-2) of each character, in order. */
function unitsOf(text: string, encoding: SmsEncoding): number[] {
  return Array.from(text, (char) =>
    encoding === 'gsm7' ? (EXTENDED.has(char) ? 2 : 1) : char.length,
  );
}

/**
 * The length of `text` and the parts it takes. Parts never split a character: an escaped
 * GSM-7 character or a surrogate pair that would straddle two parts starts the next one.
 */
export function smsLength(text: string): SmsLength {
  const encoding: SmsEncoding = isGsm7(text) ? 'gsm7' : 'ucs2';
  const units = unitsOf(text, encoding);
  const total = units.reduce((sum, n) => sum + n, 0);
  if (total === 0) return { encoding, units: 0, segments: 0 };
  if (total <= SMS_SINGLE_LIMIT[encoding]) return { encoding, units: total, segments: 1 };
  const part = SMS_PART_LIMIT[encoding];
  let segments = 1;
  let used = 0;
  for (const n of units) {
    if (used + n > part) {
      segments += 1;
      used = 0;
    }
    used += n;
  }
  return { encoding, units: total, segments };
}

/** Whether `text` goes in one part, the one a clinic pays for once. */
export function fitsOneSms(text: string): boolean {
  return smsLength(text).segments <= 1;
}

/** Characters that read the same in the GSM alphabet, which Intl and typists often use. */
const LOOKALIKES: Record<string, string> = {
  '\u00a0': ' ', // no-break space
  '\u202f': ' ', // narrow no-break space (French dates, 12-hour times)
  '\u2009': ' ',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u2026': '...',
  '\u00b7': '.',
  ç: 'c',
  // Letters with a stroke do not decompose into a letter and an accent.
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
  Ŧ: 'T',
  ŧ: 't',
};

/**
 * `text` with each character outside the GSM alphabet replaced by the nearest one inside it
 * where there is one: typographic quotes and dashes by plain ones, letters with accents the
 * alphabet lacks (á, í, ó, ú, ê, ô, ç, ł…) by the letter without them. A character that has
 * no such neighbour (Ж, 日, an emoji) is kept, and the message is then UCS-2.
 */
export function toGsm7(text: string): string {
  let out = '';
  for (const char of text) {
    if (BASIC.has(char) || EXTENDED.has(char)) {
      out += char;
      continue;
    }
    const lookalike = LOOKALIKES[char];
    if (lookalike !== undefined) {
      out += lookalike;
      continue;
    }
    const bare = char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    out += bare !== '' && isGsm7(bare) ? bare : char;
  }
  return out;
}

/**
 * `text` cut to at most `max` characters, ending on a whole word where one ends close enough,
 * without trailing punctuation or spaces. Names are cut this way to make a message fit.
 */
export function shortenForSms(text: string, max: number): string {
  const chars = Array.from(text.trim());
  if (chars.length <= max) return chars.join('');
  const cut = chars.slice(0, Math.max(0, max)).join('');
  const lastSpace = cut.lastIndexOf(' ');
  const wordEnd = lastSpace >= max / 2 ? cut.slice(0, lastSpace) : cut;
  return wordEnd.replace(/[\s.,;:!?'"-]+$/u, '');
}
