import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DENTIST_COLOURS,
  type DentistColour,
  isDentistColour,
  leastUsedColour,
} from './dentist-colours.ts';

describe('leastUsedColour', () => {
  it('starts at the beginning of the palette', () => {
    expect(leastUsedColour([])).toBe('grape');
  });

  it('takes a colour nobody wears before one somebody does', () => {
    expect(leastUsedColour(['grape', 'cyan'])).toBe('orange');
    expect(leastUsedColour(['cyan', null, 'grape'])).toBe('orange');
    expect(leastUsedColour(['grape', 'orange'])).toBe('cyan');
  });

  it('goes round again once every colour is worn, by fewest wearers', () => {
    const everyOnce = [...DENTIST_COLOURS];
    expect(leastUsedColour(everyOnce)).toBe('grape');
    expect(leastUsedColour([...everyOnce, 'grape', 'cyan'])).toBe('orange');
  });

  it('never picks a colour worn more often than another', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...DENTIST_COLOURS, null)), (worn) => {
        const count = (colour: DentistColour) => worn.filter((each) => each === colour).length;
        const picked = leastUsedColour(worn);
        return DENTIST_COLOURS.every((colour) => count(picked) <= count(colour));
      }),
    );
  });
});

describe('isDentistColour', () => {
  it('knows the palette and nothing else', () => {
    expect(isDentistColour('teal')).toBe(true);
    expect(isDentistColour('red')).toBe(false);
    expect(isDentistColour(null)).toBe(false);
  });
});
