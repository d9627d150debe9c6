import type { Page } from '@playwright/test';

/** `HH:MM` (UTC, the suite's clinic clock) a whole number of minutes from now, on a 5-minute step. */
export function utcTimeIn(minutes: number, now = new Date()): string {
  const at = new Date(now.getTime() + minutes * 60_000);
  const rounded = Math.ceil(at.getUTCMinutes() / 5) * 5;
  at.setUTCMinutes(rounded, 0, 0);
  return at.toISOString().slice(11, 16);
}

/** Whether a visit of `minutes` starting `lead` minutes from now still ends today (UTC). */
export function dayLeftFor(lead: number, minutes: number, now = new Date()): boolean {
  return now.getUTCHours() * 60 + now.getUTCMinutes() + lead + minutes + 5 <= 23 * 60 + 59;
}

/** A visit's card on the day board, in its dentist's column. */
export function boardCard(page: Page, dentist: string, patient: string) {
  return page
    .getByRole('region', { name: dentist })
    .getByRole('listitem')
    .filter({ hasText: patient });
}
