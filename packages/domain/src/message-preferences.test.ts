import { describe, expect, it } from 'vitest';
import { isMessageWanted } from './message-channels.ts';
import {
  defaultMessagePreferences,
  MESSAGE_TOPIC_RULES,
  MESSAGE_TOPICS,
  messageTopicOf,
} from './message-preferences.ts';
import { NOTIFICATION_KINDS } from './notifications.ts';

describe('message preferences', () => {
  it('starts with every topic about a booked visit on', () => {
    expect(defaultMessagePreferences()).toEqual({ visit_changes: true, reminders: true });
  });

  it('starts a topic that is not about a booked visit off, for lack of consent', () => {
    for (const topic of MESSAGE_TOPICS) {
      expect(defaultMessagePreferences()[topic]).toBe(MESSAGE_TOPIC_RULES[topic].aboutBookedVisit);
    }
  });

  it('groups confirmations, moves and cancellations as changes to a visit', () => {
    expect(messageTopicOf('appointment_confirmed')).toBe('visit_changes');
    expect(messageTopicOf('appointment_moved')).toBe('visit_changes');
    expect(messageTopicOf('appointment_cancelled')).toBe('visit_changes');
    expect(messageTopicOf('reminder')).toBe('reminders');
  });

  it('drops a reminder for someone who turned reminders off, and nothing else', () => {
    const stored = { reminders: false };
    expect(isMessageWanted('reminder', 'email', { email: stored })).toBe(false);
    expect(isMessageWanted('appointment_confirmed', 'email', { email: stored })).toBe(true);
  });

  it('drops changes to visits for someone who turned them off', () => {
    const stored = { visit_changes: false };
    for (const kind of ['appointment_confirmed', 'appointment_moved', 'appointment_cancelled']) {
      expect(
        isMessageWanted(kind as (typeof NOTIFICATION_KINDS)[number], 'email', { email: stored }),
      ).toBe(false);
    }
    expect(isMessageWanted('reminder', 'email', { email: stored })).toBe(true);
  });

  it('always lets the front desk hear of requests', () => {
    expect(
      isMessageWanted('request_received', 'email', {
        email: { visit_changes: false, reminders: false },
      }),
    ).toBe(true);
  });

  it('sends every kind to someone who never chose', () => {
    for (const kind of NOTIFICATION_KINDS)
      expect(isMessageWanted(kind, 'email', { email: {} })).toBe(true);
  });
});
