import { describe, expect, it } from 'vitest';
import {
  parseSmsReply,
  SMS_REPLY_INTENTS,
  SMS_REPLY_KINDS,
  SMS_REPLY_OUTCOMES,
  smsReplyHandling,
  smsReplyKeyword,
} from './sms-replies.ts';

describe('parseSmsReply', () => {
  it.each([
    'C',
    'c',
    ' c ',
    'C.',
    'Y',
    'y!',
    'YES',
    'Yes',
    'yes.',
    '"Yes"',
    'Sí',
    'si',
    'Ja',
    'oui',
    'Confirm',
  ])('reads %j as confirming', (body) => {
    expect(parseSmsReply(body)).toBe('confirm');
  });

  it.each(['N', 'n', 'N!', 'No', 'no.', 'NO', 'Cancel', 'CANCEL', 'cancel!', 'Non', 'nein'])(
    'reads %j as cancelling',
    (body) => {
      expect(parseSmsReply(body)).toBe('cancel');
    },
  );

  it.each(['STOP', 'stop', 'Stop.', 'STOPALL', 'stop all', 'Unsubscribe', 'END', 'quit', 'Arrêt'])(
    'reads %j as opting out of text messages',
    (body) => {
      expect(parseSmsReply(body)).toBe('opt_out');
    },
  );

  it.each(['START', 'start', 'Unstop'])('reads %j as opting back in', (body) => {
    expect(parseSmsReply(body)).toBe('opt_in');
  });

  it.each([
    '',
    '   ',
    '?',
    'Yes, but I will be 10 minutes late',
    'Can I come at 11 instead?',
    'No problem',
    'CC',
    'Who is this?',
    '👍',
    'stop sending me reminders please',
  ])('passes %j on to a person', (body) => {
    expect(parseSmsReply(body)).toBe('other');
  });
});

describe('smsReplyKeyword', () => {
  it('takes off accents, case, punctuation and extra spaces', () => {
    expect(smsReplyKeyword('  ¡Sí!  ')).toBe('SI');
    expect(smsReplyKeyword('stop   all.')).toBe('STOP ALL');
  });
});

describe('smsReplyHandling', () => {
  it('answers what the patient asked the clinic to do, so they know it was done', () => {
    expect(smsReplyHandling('confirm', 'confirmed')).toEqual({
      answer: 'reply_confirmed',
      needsAttention: false,
    });
    expect(smsReplyHandling('cancel', 'cancelled').answer).toBe('reply_cancelled');
    expect(smsReplyHandling('opt_out', 'opted_out').answer).toBe('opted_out');
    expect(smsReplyHandling('opt_in', 'opted_in').answer).toBe('opted_in');
  });

  it('tells a late canceller to phone, and the front desk of it', () => {
    expect(smsReplyHandling('cancel', 'too_late')).toEqual({
      answer: 'reply_too_late',
      needsAttention: true,
    });
  });

  it('leaves free words and what could not be settled to a person, without answering', () => {
    for (const outcome of ['forwarded', 'not_possible', 'no_visit'] as const) {
      expect(smsReplyHandling('other', outcome)).toEqual({ answer: null, needsAttention: true });
    }
    expect(smsReplyHandling('other', 'unknown_sender').needsAttention).toBe(true);
    expect(smsReplyHandling('opt_out', 'unknown_sender').needsAttention).toBe(false);
  });

  it('never answers "invalid": every outcome is an answer of its own or none', () => {
    for (const intent of SMS_REPLY_INTENTS) {
      for (const outcome of SMS_REPLY_OUTCOMES) {
        const { answer } = smsReplyHandling(intent, outcome);
        expect(answer === null || SMS_REPLY_KINDS.includes(answer)).toBe(true);
      }
    }
  });
});
