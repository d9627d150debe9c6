import { describe, expect, it } from 'vitest';
import {
  allTopics,
  channelPreferences,
  defaultChannelPreferences,
  isAnswerableSmsKind,
  isMessageWanted,
  isSmsKind,
  visitSmsAddressee,
} from './message-channels.ts';
import { NOTIFICATION_KINDS } from './notifications.ts';

describe('message channels', () => {
  it('start with every topic about a booked visit on, by email and by text', () => {
    expect(defaultChannelPreferences()).toEqual({
      email: { visit_changes: true, reminders: true },
      sms: { visit_changes: true, reminders: true },
    });
  });

  it('apply what was stored per channel over the defaults', () => {
    expect(channelPreferences({ sms: { reminders: false } })).toEqual({
      email: { visit_changes: true, reminders: true },
      sms: { visit_changes: true, reminders: false },
    });
  });

  it('send by text only what a patient must know about their own visit', () => {
    expect(NOTIFICATION_KINDS.filter(isSmsKind)).toEqual([
      'appointment_confirmed',
      'appointment_moved',
      'appointment_cancelled',
      'reminder',
    ]);
    expect(isMessageWanted('request_received', 'sms', {})).toBe(false);
    expect(isMessageWanted('request_received', 'email', {})).toBe(true);
  });

  it('honour each channel’s choice on its own', () => {
    const stored = { sms: { reminders: false }, email: { visit_changes: false } };
    expect(isMessageWanted('reminder', 'sms', stored)).toBe(false);
    expect(isMessageWanted('reminder', 'email', stored)).toBe(true);
    expect(isMessageWanted('appointment_confirmed', 'sms', stored)).toBe(true);
    expect(isMessageWanted('appointment_confirmed', 'email', stored)).toBe(false);
  });

  it('let a reply act only on texts that ask for one', () => {
    expect(isAnswerableSmsKind('reminder')).toBe(true);
    expect(isAnswerableSmsKind('appointment_confirmed')).toBe(true);
    expect(isAnswerableSmsKind('appointment_cancelled')).toBe(false);
  });

  it('turn every topic off or on at once', () => {
    expect(allTopics(false)).toEqual({ visit_changes: false, reminders: false });
  });
});

describe('visitSmsAddressee', () => {
  const parent = { phoneE164: '+351911000000', isActive: true };
  it('texts the patient who has a number of their own', () => {
    const teen = { phoneE164: '+351922000000', isActive: true };
    expect(visitSmsAddressee(teen, parent)).toEqual({ to: teen, onBehalf: false });
  });
  it('texts the guardian about a dependant without one', () => {
    const child: { phoneE164: string | null; isActive: boolean } = {
      phoneE164: null,
      isActive: true,
    };
    expect(visitSmsAddressee(child, parent)).toEqual({ to: parent, onBehalf: true });
    expect(visitSmsAddressee(child, { ...parent, isActive: false })).toBeNull();
    expect(visitSmsAddressee(child, undefined)).toBeNull();
  });
});
