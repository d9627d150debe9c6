import { type CountryCode, parsePhoneNumberWithError } from 'libphonenumber-js/min';
import { TIME_ZONES_BY_COUNTRY } from './time-zone-countries.ts';

/** The fewest digits a search must hold before it is also matched against phone numbers. */
export const MIN_PHONE_SEARCH_DIGITS = 3;

export const PHONE_MESSAGE =
  'Enter a phone number with its area code, or an international number starting with +.';

/** Digits, spaces and the usual separators, with at most one leading +: nothing else is typed. */
const PHONE_CHARACTERS = /^\+?[\d\s().\-/]+$/;

let countryByZone: Map<string, CountryCode> | undefined;

/**
 * The country whose national numbers a clinic in `timeZone` accepts without a `+`, or
 * undefined for zones no country uses (UTC, Etc/…): such a clinic takes international numbers.
 */
export function phoneCountryForTimeZone(timeZone: string): CountryCode | undefined {
  if (!countryByZone) {
    countryByZone = new Map();
    for (const [country, zones] of Object.entries(TIME_ZONES_BY_COUNTRY)) {
      for (const zone of zones.split(' ')) countryByZone.set(zone, country as CountryCode);
    }
  }
  return countryByZone.get(timeZone);
}

/** The digits of a phone number as typed, which searches compare. */
export function phoneDigits(phone: string): string {
  return phone.replace(/\D/g, '');
}

/** The digits of a search worth comparing with phone numbers, or null when there are too few. */
export function phoneSearchDigits(search: string): string | null {
  const digits = phoneDigits(search);
  return digits.length >= MIN_PHONE_SEARCH_DIGITS ? digits : null;
}

export type PhoneCheck =
  | { ok: true; phone: string; digits: string }
  | { ok: false; message: string };

/**
 * Whether `typed` is a phone number: a national number of `country` or an international one
 * (`+` and the country code). The number is kept as typed, trimmed, since that is how the
 * front desk reads it back; an empty text means "no phone". The length and leading digits are
 * checked per country (libphonenumber's small metadata), not whether the line exists.
 */
export function checkPhone(typed: string, country: CountryCode | undefined): PhoneCheck {
  const phone = typed.trim();
  if (phone === '') return { ok: true, phone, digits: '' };
  if (!PHONE_CHARACTERS.test(phone)) return { ok: false, message: PHONE_MESSAGE };
  try {
    const parsed = parsePhoneNumberWithError(phone, country ? { defaultCountry: country } : {});
    if (!parsed.isValid()) return { ok: false, message: PHONE_MESSAGE };
  } catch {
    return { ok: false, message: PHONE_MESSAGE };
  }
  return { ok: true, phone, digits: phoneDigits(phone) };
}

/**
 * The number in E.164 (`+351911000000`), the one form a text-message provider takes, or null
 * when there is none: no phone, or a number that does not parse as `country`'s or as an
 * international one (kept as typed all the same; it simply receives no text messages).
 */
export function phoneE164(typed: string, country: CountryCode | undefined): string | null {
  const phone = typed.trim();
  if (phone === '' || !PHONE_CHARACTERS.test(phone)) return null;
  try {
    const parsed = parsePhoneNumberWithError(phone, country ? { defaultCountry: country } : {});
    return parsed.isValid() ? parsed.number : null;
  } catch {
    return null;
  }
}
