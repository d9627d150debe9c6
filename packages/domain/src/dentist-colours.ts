/**
 * The colours that tell dentists apart on the calendar, named after Mantine's hues. None of
 * them is a status colour (yellow, green, blue, red, grey), so the two keys never blend. Each
 * is drawn dark enough for white text on it and for a border on white (see the web app's
 * `dentist-palette.ts`, which tests the contrast). The database checks a stored colour is one
 * of these; a new one needs a migration that widens that check.
 */
export const DENTIST_COLOURS = [
  'grape',
  'cyan',
  'orange',
  'indigo',
  'teal',
  'pink',
  'lime',
  'violet',
] as const;
export type DentistColour = (typeof DENTIST_COLOURS)[number];

export function isDentistColour(value: unknown): value is DentistColour {
  return typeof value === 'string' && (DENTIST_COLOURS as readonly string[]).includes(value);
}

/**
 * The colour for someone who becomes a dentist: the one the fewest dentists wear now, the
 * earliest in the palette among equals. A colour once given is kept (it is stored), so adding
 * a dentist never recolours the others.
 */
export function leastUsedColour(worn: readonly (DentistColour | null)[]): DentistColour {
  const counts = new Map<DentistColour, number>(DENTIST_COLOURS.map((colour) => [colour, 0]));
  for (const colour of worn) {
    if (colour !== null) counts.set(colour, (counts.get(colour) ?? 0) + 1);
  }
  let best: DentistColour = DENTIST_COLOURS[0];
  for (const colour of DENTIST_COLOURS) {
    if ((counts.get(colour) ?? 0) < (counts.get(best) ?? 0)) best = colour;
  }
  return best;
}
