import { checkPhone, contactProblem, phoneCountryForTimeZone } from '@clinic/domain';
import { badRequest } from '../../lib/errors.ts';

/**
 * The phone as stored (typed, trimmed) and its digits, or a 400 naming `phone`. National
 * numbers are read as the clinic's country's, which its time zone tells (decision 029).
 */
export function checkedPhone(
  phone: string | undefined,
  timeZone: string,
): { phone: string; phoneDigits: string } {
  const checked = checkPhone(phone ?? '', phoneCountryForTimeZone(timeZone));
  if (!checked.ok) throw badRequest(checked.message, { phone: checked.message });
  return { phone: checked.phone, phoneDigits: checked.digits };
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
