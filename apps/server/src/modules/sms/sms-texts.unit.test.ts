import {
  LANGUAGES,
  type Language,
  SMS_KINDS,
  SMS_REPLY_KINDS,
  smsLength,
  type TimeFormat,
} from '@clinic/domain';
import { describe, expect, it } from 'vitest';
import { composeReplyText, composeVisitText, shortVisitDate } from './sms-texts.ts';

const LONG_CLINIC =
  'Clínica Dental Doctora Fernández-Ruiz e Hijos, Odontología Integral y Estética';
const LONG_DENTIST = 'Dra. María de los Ángeles Fernández-Ruiz de la Peña y Montenegro';
const LONG_CHILD = 'Maximiliano Alejandro Bartolomé Fernández-Ruiz';

const visit = (language: Language, timeFormat: TimeFormat = '24h') => ({
  clinicName: 'Smile Clinic',
  date: '2026-12-02',
  time: '09:30',
  dentistName: 'Dr Ana Costa',
  onBehalfOf: null,
  clinicPhone: '+351 210 000 000',
  language,
  timeFormat,
});

const STOP_WORD = /\bSTOP\b/;
const ANSWER: Record<Language, RegExp> = {
  en: /Reply C to confirm, N to cancel\./,
  es: /Responda C para confirmar, N para cancelar\./,
  de: /Antworten Sie C zum Bestätigen, N zum Absagen\./,
  fr: /Répondez C pour confirmer, N pour annuler\./,
};

describe('visit texts', () => {
  it('say who, when, with whom, how to answer and how to stop, in English', () => {
    expect(composeVisitText('reminder', visit('en'))).toBe(
      'Smile Clinic: reminder of your visit Wed 2 Dec 09:30 with Dr Ana Costa. Reply C to confirm, N to cancel. STOP to opt out',
    );
    expect(composeVisitText('appointment_cancelled', visit('en'))).toBe(
      'Smile Clinic: your visit Wed 2 Dec 09:30 is cancelled. To book again call +351 210 000 000. STOP to opt out',
    );
  });

  it('write a date every language reads, in the GSM alphabet', () => {
    expect(shortVisitDate('2026-12-02', 'en')).toBe('Wed 2 Dec');
    for (const language of LANGUAGES) {
      const text = composeVisitText('reminder', visit(language));
      expect(smsLength(text)).toMatchObject({ encoding: 'gsm7', segments: 1 });
      expect(text).toContain('Smile Clinic');
      expect(text).toContain('Dr Ana Costa');
    }
  });

  it.each(
    LANGUAGES.flatMap((language) =>
      SMS_KINDS.flatMap((kind) =>
        (['24h', '12h'] as const).flatMap((timeFormat) =>
          [false, true].map((guardian) => [language, kind, timeFormat, guardian] as const),
        ),
      ),
    ),
  )(
    'fit one part in %s for %s (%s clock, to a guardian: %s) with very long names',
    (language, kind, timeFormat, guardian) => {
      const text = composeVisitText(kind, {
        ...visit(language, timeFormat),
        clinicName: LONG_CLINIC,
        dentistName: LONG_DENTIST,
        onBehalfOf: guardian ? LONG_CHILD : null,
        clinicPhone: '+351 210 000 000',
      });
      expect(smsLength(text)).toMatchObject({ encoding: 'gsm7', segments: 1 });
      expect(text.length).toBeLessThanOrEqual(160);
      expect(text).toMatch(STOP_WORD);
      if (kind !== 'appointment_cancelled') expect(text).toMatch(ANSWER[language]);
      // The clinic is still named, cut at a word.
      expect(text.startsWith('Clinica Dental')).toBe(true);
      if (guardian) expect(text).toContain('Maximiliano');
    },
  );

  it('keep a name the GSM alphabet cannot write from turning the text into UCS-2', () => {
    const text = composeVisitText('reminder', {
      ...visit('en'),
      clinicName: '歯科 Sakura Dental 😀',
      dentistName: 'Dr Łukasz Żółć',
    });
    expect(smsLength(text)).toMatchObject({ encoding: 'gsm7', segments: 1 });
    expect(text).toContain('Sakura Dental');
    expect(text).toContain('Dr Lukasz');
  });
});

describe('answers to replies', () => {
  it.each(
    LANGUAGES.flatMap((language) => SMS_REPLY_KINDS.map((kind) => [language, kind] as const)),
  )(
    'fit one part in %s for %s, with STOP in all but the confirmation of a stop',
    (language, kind) => {
      const text = composeReplyText(kind, {
        clinicName: LONG_CLINIC,
        visit: { date: '2026-12-02', time: '09:30' },
        clinicPhone: '+351 210 000 000',
        language,
        timeFormat: '12h',
      });
      expect(smsLength(text)).toMatchObject({ encoding: 'gsm7', segments: 1 });
      if (kind === 'opted_out') expect(text).toMatch(/START/);
      else expect(text).toMatch(STOP_WORD);
    },
  );

  it('confirm the visit the reply was about', () => {
    expect(
      composeReplyText('reply_confirmed', {
        clinicName: 'Smile Clinic',
        visit: { date: '2026-12-02', time: '09:30' },
        clinicPhone: '',
        language: 'en',
        timeFormat: '24h',
      }),
    ).toBe('Smile Clinic: thank you, we expect you Wed 2 Dec 09:30. STOP to opt out');
  });
});
