import { DENTIST_COLOURS, type DentistColour } from '@clinic/domain';

/**
 * How each dentist colour is painted. Mantine's shades of orange and lime that are dark enough
 * for white text do not exist, so the palette is written out here, each colour tested for
 * 4.5:1 against white (text on the colour, and the colour as a border or swatch on white).
 */
export const DENTIST_PALETTE: Record<DentistColour, string> = {
  grape: '#862e9c',
  cyan: '#0b7285',
  orange: '#b33d00',
  indigo: '#364fc7',
  teal: '#087f5b',
  pink: '#a61e4d',
  lime: '#4a7a0c',
  violet: '#5f3dc4',
};

/** For visits no dentist has been assigned to. */
export const NO_DENTIST_COLOUR = '#868e96';

/**
 * A dentist's stored colour; one from before colours were stored (or a record the list no
 * longer holds) falls back to a colour by id, as the calendar always did for former dentists.
 */
export function paintOf(colour: DentistColour | null | undefined, id: number): string {
  const fallback = DENTIST_COLOURS[id % DENTIST_COLOURS.length] ?? 'grape';
  return DENTIST_PALETTE[colour ?? fallback];
}
