/** The languages the clinic's texts are written in: the interface, emails and, later, SMS. */
export const LANGUAGES = ['en', 'es', 'de', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** How the clinic writes times of day: `14:30` or `2:30 PM`. */
export const TIME_FORMATS = ['24h', '12h'] as const;
export type TimeFormat = (typeof TIME_FORMATS)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** A person's own language when they chose one, else the clinic's default. */
export function recipientLanguage(
  personal: Language | null | undefined,
  clinicDefault: Language,
): Language {
  return personal ?? clinicDefault;
}
