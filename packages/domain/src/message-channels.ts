import {
  defaultMessagePreferences,
  MESSAGE_TOPICS,
  type MessagePreferences,
  messageTopicOf,
} from './message-preferences.ts';
import type { NotificationKind } from './notifications.ts';

/**
 * The ways a message about a visit reaches a patient. Each topic (changes to visits,
 * reminders) is chosen per channel: someone may want reminders by text and changes by email.
 */
export const MESSAGE_CHANNELS = ['email', 'sms'] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

/**
 * What also goes by text message: what a patient must know about their own visit. The front
 * desk's news of requests stays email: it is read at a desk, and a clinic pays per text.
 */
export const SMS_KINDS = [
  'appointment_confirmed',
  'appointment_moved',
  'appointment_cancelled',
  'reminder',
] as const satisfies readonly NotificationKind[];
export type SmsKind = (typeof SMS_KINDS)[number];

export function isSmsKind(kind: NotificationKind): kind is SmsKind {
  return (SMS_KINDS as readonly NotificationKind[]).includes(kind);
}

/**
 * Texts a patient can answer: they end with "Reply C to confirm, N to cancel", and a reply
 * acts on the visit the latest of them was about.
 */
export const ANSWERABLE_SMS_KINDS = [
  'appointment_confirmed',
  'appointment_moved',
  'reminder',
] as const satisfies readonly SmsKind[];

export function isAnswerableSmsKind(kind: NotificationKind): boolean {
  return (ANSWERABLE_SMS_KINDS as readonly NotificationKind[]).includes(kind);
}

export type ChannelPreferences = Record<MessageChannel, MessagePreferences>;
/** What was stored: a missing channel or topic takes its default. */
export type StoredChannelPreferences = Partial<Record<MessageChannel, Partial<MessagePreferences>>>;

/**
 * Every channel starts as email did (decision 037): topics about a booked visit on, others
 * off for lack of consent. Text messages about one's own booked visit are part of the service
 * asked for, like its emails; the patient turns them off, or replies STOP.
 */
export function defaultChannelPreferences(): ChannelPreferences {
  return { email: defaultMessagePreferences(), sms: defaultMessagePreferences() };
}

/** The choices as they apply: stored ones over the defaults. */
export function channelPreferences(stored: StoredChannelPreferences): ChannelPreferences {
  const defaults = defaultChannelPreferences();
  return {
    email: { ...defaults.email, ...stored.email },
    sms: { ...defaults.sms, ...stored.sms },
  };
}

/** Whether a message of `kind` may go to someone by `channel`, given what they chose. */
export function isMessageWanted(
  kind: NotificationKind,
  channel: MessageChannel,
  stored: StoredChannelPreferences,
): boolean {
  if (channel === 'sms' && !isSmsKind(kind)) return false;
  const topic = messageTopicOf(kind);
  if (topic === null) return true;
  return channelPreferences(stored)[channel][topic];
}

/** Every topic of a channel off, as STOP or an unsubscribe link asks; or on again (START). */
export function allTopics(on: boolean): MessagePreferences {
  return Object.fromEntries(MESSAGE_TOPICS.map((topic) => [topic, on])) as MessagePreferences;
}

/** Someone a text message about a visit might go to: their number in E.164, or null. */
export interface PossibleTextee {
  phoneE164: string | null;
  isActive: boolean;
}

/**
 * Who receives a text about a patient's visit: the patient, at their own mobile number; else
 * the guardian who books for them, at theirs (a child's reminders reach the parent's phone).
 * Null: nobody has a number a text can go to.
 */
export function visitSmsAddressee<T extends PossibleTextee>(
  patient: T,
  guardian: T | undefined,
): { to: T; onBehalf: boolean } | null {
  if (patient.phoneE164) return { to: patient, onBehalf: false };
  if (guardian?.isActive && guardian.phoneE164) return { to: guardian, onBehalf: true };
  return null;
}
