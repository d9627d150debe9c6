import { describe, expect, it } from 'vitest';
import { fitsOneSms, isGsm7, shortenForSms, smsLength, toGsm7 } from './sms-text.ts';

describe('smsLength', () => {
  it('counts 160 plain characters as one part and 161 as two of 153', () => {
    expect(smsLength('a'.repeat(160))).toEqual({ encoding: 'gsm7', units: 160, segments: 1 });
    expect(smsLength('a'.repeat(161))).toEqual({ encoding: 'gsm7', units: 161, segments: 2 });
    expect(smsLength('a'.repeat(306)).segments).toBe(2);
    expect(smsLength('a'.repeat(307)).segments).toBe(3);
  });

  it('counts each character of the extension table as two septets', () => {
    expect(smsLength('€')).toEqual({ encoding: 'gsm7', units: 2, segments: 1 });
    expect(smsLength('[]{}~^\\|€')).toMatchObject({ units: 18 });
    expect(smsLength(`${'a'.repeat(158)}€`)).toMatchObject({ units: 160, segments: 1 });
    expect(smsLength(`${'a'.repeat(159)}€`)).toMatchObject({ units: 161, segments: 2 });
  });

  it('keeps the letters of the basic table at one septet, accents included', () => {
    expect(smsLength('èéùìòÇØøÅåÆæßÉÄÖÑÜäöñüà¿¡§£¥')).toMatchObject({
      encoding: 'gsm7',
      units: 28,
    });
    expect(smsLength('ΔΦΓΛΩΠΨΣΘΞ')).toMatchObject({ encoding: 'gsm7', units: 10 });
  });

  it('turns the whole message into UCS-2 for one character outside the alphabet', () => {
    expect(smsLength(`${'a'.repeat(69)}á`)).toEqual({ encoding: 'ucs2', units: 70, segments: 1 });
    expect(smsLength(`${'a'.repeat(70)}á`)).toEqual({ encoding: 'ucs2', units: 71, segments: 2 });
    expect(smsLength('ç').encoding).toBe('ucs2');
  });

  it('counts a character beyond the basic plane as two UCS-2 units, never split across parts', () => {
    expect(smsLength('😀')).toEqual({ encoding: 'ucs2', units: 2, segments: 1 });
    // 66 units, then a pair that does not fit the first part of 67: it starts the second.
    const text = `${'x'.repeat(66)}😀${'x'.repeat(65)}`;
    expect(smsLength(text)).toMatchObject({ units: 133, segments: 2 });
    expect(smsLength(`${'x'.repeat(67)}😀${'x'.repeat(66)}`).segments).toBe(3);
  });

  it('never splits an escaped character across two parts', () => {
    // 152 septets and a two-septet € would straddle the 153 boundary: 3 parts, not 2.
    const text = `${'a'.repeat(152)}€${'a'.repeat(152)}`;
    expect(smsLength(text)).toMatchObject({ units: 306, segments: 3 });
  });

  it('takes an empty text as no part at all', () => {
    expect(smsLength('')).toEqual({ encoding: 'gsm7', units: 0, segments: 0 });
    expect(fitsOneSms('')).toBe(true);
  });
});

describe('toGsm7', () => {
  it('keeps what the alphabet holds and strips accents it lacks', () => {
    expect(toGsm7('miércoles, sábado, Müller, Ñoño')).toBe('miércoles, sabado, Müller, Ñoño');
    expect(toGsm7('fête, garçon, Łódź')).toBe('fete, garcon, Lodz');
    expect(isGsm7(toGsm7('sábado á í ó ú â ê î ô û'))).toBe(true);
  });

  it('writes typographic quotes, dashes and spaces plainly', () => {
    expect(toGsm7('l’heure – “9\u202f30” …')).toBe('l\'heure - "9 30" ...');
  });

  it('keeps a character with no neighbour in the alphabet, so the message is UCS-2', () => {
    expect(toGsm7('歯科 😀')).toBe('歯科 😀');
    expect(smsLength(toGsm7('Клиника')).encoding).toBe('ucs2');
  });
});

describe('shortenForSms', () => {
  it('keeps a short name whole', () => {
    expect(shortenForSms('  Smile Clinic ', 20)).toBe('Smile Clinic');
  });

  it('cuts a long one at a word end, without trailing punctuation', () => {
    expect(shortenForSms('Clínica Dental Doctor Fernández-Ruiz, Sociedad Limitada', 30)).toBe(
      'Clínica Dental Doctor',
    );
    expect(shortenForSms('Supercalifragilisticexpialidocious Dental', 10)).toBe('Supercalif');
  });
});
