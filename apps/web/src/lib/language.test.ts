import { describe, expect, it } from 'vitest';
import { browserLanguage, chooseLanguage } from './language';

describe('browserLanguage', () => {
  it('takes the first preference we translate, ignoring the region', () => {
    expect(browserLanguage(['ja-JP', 'es-MX', 'de'])).toBe('es');
  });

  it('is null when none of the preferences is translated', () => {
    expect(browserLanguage(['ja', 'pt-BR'])).toBeNull();
  });
});

describe('chooseLanguage', () => {
  it("lets the user's own choice win over the browser and the clinic", () => {
    expect(chooseLanguage({ userChoice: 'fr', browser: ['de-DE'], clinicDefault: 'es' })).toBe(
      'fr',
    );
  });

  it('uses the browser language when the user has not chosen', () => {
    expect(chooseLanguage({ userChoice: null, browser: ['de-AT'], clinicDefault: 'es' })).toBe(
      'de',
    );
  });

  it("falls back to the clinic's default when the browser's language is not translated", () => {
    expect(chooseLanguage({ browser: ['ja'], clinicDefault: 'es' })).toBe('es');
  });

  it('ignores a stored value that is not a language we ship', () => {
    expect(chooseLanguage({ userChoice: 'xx', browser: [], clinicDefault: null })).toBe('en');
  });
});
