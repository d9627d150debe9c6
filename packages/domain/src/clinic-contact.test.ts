import { describe, expect, it } from 'vitest';
import { dialableNumber, isPlausiblePhone } from './clinic-contact.ts';

describe('isPlausiblePhone', () => {
  it('accepts numbers written the ways clinics write them', () => {
    for (const phone of ['+351 210 000 000', '(212) 555-0100', '030/12345678', '01.23.45.67.89']) {
      expect(isPlausiblePhone(phone), phone).toBe(true);
    }
  });

  it('refuses what is not a number to dial', () => {
    for (const phone of ['Rua Augusta 1', 'desk@clinic.example', '12', '+', '++351 1234', '']) {
      expect(isPlausiblePhone(phone), phone).toBe(false);
    }
  });
});

describe('dialableNumber', () => {
  it('keeps the digits and a leading +', () => {
    expect(dialableNumber(' +351 (210) 000-000 ')).toBe('+351210000000');
    expect(dialableNumber('030/12345678')).toBe('03012345678');
  });
});
