/** How patients reach the clinic: '' where the clinic gave none. */
export interface ClinicContact {
  phone: string;
  address: string;
  email: string;
}

export const NO_CLINIC_CONTACT: ClinicContact = { phone: '', address: '', email: '' };

export const CLINIC_CONTACT_LIMITS = { phone: 40, address: 300 } as const;

/**
 * A lenient check of a clinic's phone number: digits with the usual separators, an optional
 * leading +, and enough digits to dial. It catches a number typed into the wrong field (an
 * address, an email) without judging a country's numbering plan.
 */
export function isPlausiblePhone(value: string): boolean {
  const text = value.trim();
  if (!/^\+?[0-9 ()./-]+$/.test(text)) return false;
  const digits = text.replace(/\D/g, '').length;
  return digits >= 3 && digits <= 20;
}

/** The number to dial from a `tel:` link: the digits and a leading +, nothing else. */
export function dialableNumber(value: string): string {
  const text = value.trim();
  return (text.startsWith('+') ? '+' : '') + text.replace(/\D/g, '');
}
