import { checkPhone, contactProblem, phoneCountryForTimeZone, phoneE164 } from '@clinic/domain';
import { badRequest } from '../../lib/errors.ts';

/**
 * The phone as stored (typed, trimmed), its digits and its E.164 form (decision 041), or a 400
 * naming `phone`. National numbers are read as the clinic's country's, which its time zone
 * tells (decision 029).
 */
export function checkedPhone(
  phone: string | undefined,
  timeZone: string,
): { phone: string; phoneDigits: string; phoneE164: string | null } {
  const country = phoneCountryForTimeZone(timeZone);
  const checked = checkPhone(phone ?? '', country);
  if (!checked.ok) throw badRequest(checked.message, { phone: checked.message });
  return {
    phone: checked.phone,
    phoneDigits: checked.digits,
    phoneE164: phoneE164(checked.phone, country),
  };
}

/** A 400 naming the field to fill when an account could not be reached or sign in. */
export function assertReachable(account: {
  role: string;
  email: string;
  phone: string;
  guardianId?: number | null;
}): void {
  const problem = contactProblem(account);
  if (problem) throw badRequest(problem.message, { [problem.field]: problem.message });
}
