import type { Dentist } from '../../../types/api';

/**
 * Mantine hues for telling dentists apart, none of them a status colour (yellow, green, blue,
 * red, grey), so that the two keys never blend.
 */
export const DENTIST_HUES = [
  'grape',
  'cyan',
  'orange',
  'indigo',
  'teal',
  'pink',
  'lime',
  'violet',
] as const;

/** For visits no dentist has been assigned to. */
export const NO_DENTIST_COLOUR = 'var(--mantine-color-gray-5)';

function hueColour(index: number): string {
  return `var(--mantine-color-${DENTIST_HUES[index % DENTIST_HUES.length]}-7)`;
}

/**
 * A colour per dentist: by their place in the list of dentists, so that a handful of dentists
 * never share one; a dentist no longer listed (deactivated) falls back to their id.
 */
export function dentistColours(dentists: readonly Dentist[]): (id: number | null) => string {
  const byId = new Map(dentists.map((dentist, index) => [dentist.id, hueColour(index)]));
  return (id) => (id === null ? NO_DENTIST_COLOUR : (byId.get(id) ?? hueColour(id)));
}
