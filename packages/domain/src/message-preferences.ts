import type { NotificationKind } from './notifications.ts';

/**
 * What a patient may switch off, grouped as they think of it rather than by message kind.
 * Both are about a visit already booked, which a clinic may send without consent (it is
 * part of the service asked for), so both start on; the patient may still turn them off.
 * A topic that is not about a booked visit (news from the clinic) needs consent: it would
 * start off.
 */
export const MESSAGE_TOPICS = ['visit_changes', 'reminders'] as const;
export type MessageTopic = (typeof MESSAGE_TOPICS)[number];

export type MessagePreferences = Record<MessageTopic, boolean>;

export const MESSAGE_TOPIC_RULES: Record<MessageTopic, { aboutBookedVisit: boolean }> = {
  visit_changes: { aboutBookedVisit: true },
  reminders: { aboutBookedVisit: true },
};

/** Without consent only messages about a booked visit go out. */
export function defaultMessagePreferences(): MessagePreferences {
  return Object.fromEntries(
    MESSAGE_TOPICS.map((topic) => [topic, MESSAGE_TOPIC_RULES[topic].aboutBookedVisit]),
  ) as MessagePreferences;
}

/**
 * The topic a kind of message belongs to, or null for messages no preference governs: the
 * front desk's news of a request, a cancellation or a move is its work, not a message to a patient.
 */
export function messageTopicOf(kind: NotificationKind): MessageTopic | null {
  switch (kind) {
    case 'appointment_confirmed':
    case 'appointment_moved':
    case 'appointment_cancelled':
      return 'visit_changes';
    case 'reminder':
      return 'reminders';
    case 'request_received':
    case 'patient_cancelled':
    case 'patient_moved':
      return null;
  }
}
