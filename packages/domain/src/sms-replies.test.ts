import { describe, expect, it } from 'vitest';
import { parseSmsReply, smsReplyKeyword } from './sms-replies.ts';

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
