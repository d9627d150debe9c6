import { describe, expect, it } from 'vitest';
import {
  checkPhone,
  PHONE_MESSAGE,
  phoneCountryForTimeZone,
  phoneDigits,
  phoneE164,
  phoneSearchDigits,
} from './phone.ts';

describe('checkPhone', () => {
  it('accepts a national number of the clinic’s country, kept as typed', () => {
    expect(checkPhone('  911 000 000 ', 'PT')).toEqual({
      ok: true,
      phone: '911 000 000',
      digits: '911000000',
    });
    expect(checkPhone('(212) 555-0100', 'US')).toMatchObject({ ok: true, digits: '2125550100' });
    expect(checkPhone('030 1234567', 'DE')).toMatchObject({ ok: true });
  });

  it('accepts an international number wherever the clinic is, and without a country', () => {
    expect(checkPhone('+44 20 7946 0958', 'PT')).toMatchObject({ ok: true });
    expect(checkPhone('+351 911 000 000', undefined)).toMatchObject({
      ok: true,
      digits: '351911000000',
    });
  });

  it('takes an empty text as no phone', () => {
    expect(checkPhone('   ', 'PT')).toEqual({ ok: true, phone: '', digits: '' });
  });

  it.each([
    ['not a phone !!!', 'PT'],
    ['tel 911 000 000', 'PT'],
    ['911 000 000 ext. 5', 'PT'],
    ['+351 911', 'PT'],
    ['12', 'PT'],
    ['555-0100', 'US'],
    ['++351 911 000 000', 'PT'],
    ['911 000 000', undefined],
  ] as const)('refuses %j (country %s) with a message saying what to type', (typed, country) => {
    expect(checkPhone(typed, country)).toEqual({ ok: false, message: PHONE_MESSAGE });
  });
});

describe('phoneCountryForTimeZone', () => {
  it('finds the country of a zone, and of an older name of one', () => {
    expect(phoneCountryForTimeZone('Europe/Lisbon')).toBe('PT');
    expect(phoneCountryForTimeZone('Atlantic/Canary')).toBe('ES');
    expect(phoneCountryForTimeZone('America/New_York')).toBe('US');
    expect(phoneCountryForTimeZone('Europe/Kiev')).toBe('UA');
  });

  it('assumes no country for zones no country uses', () => {
    expect(phoneCountryForTimeZone('UTC')).toBeUndefined();
    expect(phoneCountryForTimeZone('Etc/GMT+2')).toBeUndefined();
  });
});

describe('phone digits for searching', () => {
  it('keeps only the digits', () => {
    expect(phoneDigits('+351 (91) 100-0000')).toBe('351911000000');
  });

  it('searches by phone only with at least three digits', () => {
    expect(phoneSearchDigits('Ana 12')).toBeNull();
    expect(phoneSearchDigits('91-1')).toBe('911');
  });
});

describe('phoneE164', () => {
  it('writes a national number of the clinic’s country in E.164', () => {
    expect(phoneE164(' 911 000 000 ', 'PT')).toBe('+351911000000');
    expect(phoneE164('(212) 555-0100', 'US')).toBe('+12125550100');
    expect(phoneE164('030 1234567', 'DE')).toBe('+49301234567');
    expect(phoneE164('0612345678', 'FR')).toBe('+33612345678');
  });

  it('writes an international number as it is wherever the clinic is', () => {
    expect(phoneE164('+44 20 7946 0958', 'PT')).toBe('+442079460958');
    expect(phoneE164('+351 911-000-000', undefined)).toBe('+351911000000');
    expect(phoneE164('00351 911 000 000', 'DE')).toBe('+351911000000');
  });

  it('gives none for no phone, or one that does not parse', () => {
    expect(phoneE164('', 'PT')).toBeNull();
    expect(phoneE164('911 000 000', undefined)).toBeNull();
    expect(phoneE164('call me', 'PT')).toBeNull();
    expect(phoneE164('+351 911', 'PT')).toBeNull();
  });

  it('agrees with checkPhone: every number it accepts has an E.164 form', () => {
    for (const [typed, country] of [
      ['911 000 000', 'PT'],
      ['+44 20 7946 0958', 'PT'],
      ['(212) 555-0100', 'US'],
    ] as const) {
      expect(checkPhone(typed, country).ok).toBe(true);
      expect(phoneE164(typed, country)).toMatch(/^\+[1-9]\d{6,14}$/);
    }
  });
});
