import { DENTIST_COLOURS } from '@clinic/domain';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../lib/contrast';
import { DENTIST_PALETTE, paintOf } from './dentist-palette';

describe('the dentist palette', () => {
  it('paints every colour of the domain’s list', () => {
    expect(Object.keys(DENTIST_PALETTE).sort()).toEqual([...DENTIST_COLOURS].sort());
  });

  it.each(DENTIST_COLOURS)('keeps white text on %s readable (WCAG AA, 4.5:1)', (colour) => {
    expect(contrastRatio(DENTIST_PALETTE[colour], '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it.each(DENTIST_COLOURS)('keeps black text on a status shade readable beside %s', (colour) => {
    // The event's text is black on its status's light shade, framed by the dentist's colour;
    // the frame must stand out from that shade (3:1 for graphics), the text is unaffected.
    expect(contrastRatio(DENTIST_PALETTE[colour], '#fff9db')).toBeGreaterThanOrEqual(3);
  });

  it('falls back to a colour by id for a dentist without one', () => {
    expect(paintOf('teal', 3)).toBe(DENTIST_PALETTE.teal);
    expect(paintOf(null, 9)).toBe(DENTIST_PALETTE.cyan);
  });
});
