import { LANGUAGES } from '@clinic/domain';
import { describe, expect, it } from 'vitest';
import { composeMessage } from './messages.ts';

const LINKS = {
  attend: 'https://clinic.example/visit-answer#token=t&answer=attend',
  cancel: 'https://clinic.example/visit-answer#token=t&answer=cancel',
  move: 'https://clinic.example/patient/appointments?move=7',
  clinicPhone: '+351 210 000 000',
};

const facts = {
  clinicName: 'Bright Smile Dental',
  recipientName: 'Ana Lima',
  patientName: 'Ana Lima',
  date: '2026-12-02',
  time: '09:30',
  dentistName: 'Dr. Sam Reed',
  serviceName: 'Cleaning',
  timeFormat: '24h' as const,
};

describe('the answer links in a message about a visit', () => {
  it('are listed before the closing words, one a line, in the reader’s language', () => {
    const { text } = composeMessage('reminder', { ...facts, language: 'en', answerLinks: LINKS });
    expect(text).toContain(
      [
        'Will you come? Let the clinic know with one click:',
        `  I’ll be there: ${LINKS.attend}`,
        `  I can’t come: ${LINKS.cancel}`,
        `  Choose another time: ${LINKS.move}`,
        '',
        'If you cannot come, please let the clinic know as early as you can.',
      ].join('\n'),
    );
  });

  it('past the cut-off offer "I’ll be there" alone and the clinic’s phone', () => {
    const { text } = composeMessage('reminder', {
      ...facts,
      language: 'en',
      answerLinks: { ...LINKS, cancel: null, move: null },
    });
    expect(text).toContain(`  I’ll be there: ${LINKS.attend}\n`);
    expect(text).not.toContain(LINKS.cancel);
    expect(text).toContain('please phone the clinic at +351 210 000 000.');
  });

  it('are worded in every language, with each link whole', () => {
    for (const language of LANGUAGES) {
      const { text } = composeMessage('appointment_confirmed', {
        ...facts,
        language,
        answerLinks: LINKS,
      });
      for (const link of [LINKS.attend, LINKS.cancel, LINKS.move]) {
        expect(text, language).toMatch(new RegExp(`: ${link.replace(/[?]/g, '\\?')}$`, 'm'));
      }
      expect(text, language).not.toContain('undefined');
    }
  });

  it('are absent from messages without them', () => {
    const { text } = composeMessage('appointment_cancelled', { ...facts, language: 'de' });
    expect(text).not.toContain('https://');
  });
});
