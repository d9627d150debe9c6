import { describe, expect, it } from 'vitest';
import { recipientLanguage } from './languages.ts';

describe('recipientLanguage', () => {
  it("is the person's own choice when they made one", () => {
    expect(recipientLanguage('de', 'es')).toBe('de');
  });

  it("is the clinic's default otherwise", () => {
    expect(recipientLanguage(null, 'es')).toBe('es');
  });
});
