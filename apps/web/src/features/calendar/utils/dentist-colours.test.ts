import { describe, expect, it } from 'vitest';
import { DENTIST_PALETTE, NO_DENTIST_COLOUR } from '../../../components/ui/dentist-palette';
import { dentistColours } from './dentist-colours';

describe('dentistColours', () => {
  const dentists = [
    { id: 3, colour: 'teal' as const },
    { id: 11, colour: 'grape' as const },
  ];

  it('paints each dentist in their stored colour', () => {
    const colourOf = dentistColours(dentists);
    expect(colourOf(3)).toBe(DENTIST_PALETTE.teal);
    expect(colourOf(11)).toBe(DENTIST_PALETTE.grape);
  });

  it('keeps everyone’s colour when a dentist joins ahead of them in the list', () => {
    const before = dentistColours(dentists);
    const after = dentistColours([{ id: 20, colour: 'orange' }, ...dentists]);
    expect(after(3)).toBe(before(3));
    expect(after(11)).toBe(before(11));
  });

  it('still colours a dentist who has left the list, and the unassigned visits', () => {
    const colourOf = dentistColours(dentists);
    expect(colourOf(42)).toBe(DENTIST_PALETTE.orange);
    expect(colourOf(null)).toBe(NO_DENTIST_COLOUR);
  });
});
