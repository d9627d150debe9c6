import { activeLocale } from '../../../lib/dates';

/** An instant as a date in the reader's language, where the exact minute does not matter. */
export function feedDate(iso: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  return instant.toLocaleDateString(activeLocale(), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}
