import { describe, expect, it } from 'vitest';
import { DENTIST_HUES, dentistColours, NO_DENTIST_COLOUR } from './dentist-colours';

describe('dentistColours', () => {
  const dentists = [
    { id: 3, name: 'Dr. Reed' },
    { id: 11, name: 'Dr. Natarajan' },
  ];

  it('gives each listed dentist a colour of their own', () => {
    const colourOf = dentistColours(dentists);
    expect(colourOf(3)).toBe('var(--mantine-color-grape-7)');
    expect(colourOf(11)).toBe('var(--mantine-color-cyan-7)');
  });

  it('still colours a dentist who has left the list, and the unassigned visits', () => {
    const colourOf = dentistColours(dentists);
    expect(colourOf(42)).toBe(`var(--mantine-color-${DENTIST_HUES[42 % DENTIST_HUES.length]}-7)`);
    expect(colourOf(null)).toBe(NO_DENTIST_COLOUR);
  });
});
