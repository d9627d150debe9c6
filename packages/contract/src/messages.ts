import {
  MESSAGE_CHANNELS,
  MESSAGE_DELIVERY_STATUSES,
  NOTIFICATION_KINDS,
  SMS_REPLY_INTENTS,
  SMS_REPLY_OUTCOMES,
} from '@clinic/domain';
import { z } from 'zod';

/** One message about an appointment, as the owner and staff see what became of it. */
export const appointmentMessageWire = z.object({
  id: z.number().int(),
  channel: z.enum(MESSAGE_CHANNELS).describe('`email` or `sms` (a text message).'),
  kind: z.enum(NOTIFICATION_KINDS),
  recipient: z.number().int().describe('The person the message is for (a patient, or the team).'),
  recipient_name: z.string(),
  sent_to: z
    .string()
    .nullable()
    .describe(
      'The address or number it went to (a dependant’s texts go to their guardian); null before it was sent.',
    ),
  status: z
    .enum(MESSAGE_DELIVERY_STATUSES)
    .describe(
      '`queued` (waiting, or retried after a refusal), `sent` (handed to the mail server or the text provider), `delivered` (the provider reports it reached the phone), `failed` (refused, or not delivered: see `reason`), `skipped` (no longer true, turned off by the recipient, or nobody to send it to: see `reason`).',
    ),
  reason: z
    .string()
    .nullable()
    .describe('Why it failed or was skipped, or the last refusal of one being retried.'),
  provider_code: z
    .string()
    .nullable()
    .describe('The text provider’s error code of a failure (Twilio’s, such as `30003`).'),
  attempts: z.number().int(),
  created_at: z.string(),
  due_at: z.string().describe('When it was, or is, to be sent.'),
  sent_at: z.string().nullable(),
  delivered_at: z.string().nullable(),
  dropped_at: z.string().nullable(),
});
export type AppointmentMessageWire = z.output<typeof appointmentMessageWire>;

export const appointmentMessagesWire = z.object({ results: z.array(appointmentMessageWire) });
export type AppointmentMessagesWire = z.output<typeof appointmentMessagesWire>;

/** A text a patient sent to the clinic that a person at the front desk should read. */
export const patientMessageWire = z.object({
  id: z.number().int(),
  from: z.string().describe('The number it came from, in E.164.'),
  body: z.string(),
  received_at: z.string(),
  patient: z
    .number()
    .int()
    .nullable()
    .describe('Whose number it is (a guardian for a dependant’s visit); null when nobody’s.'),
  patient_name: z.string().nullable(),
  appointment: z
    .number()
    .int()
    .nullable()
    .describe('The visit the latest text to that number asked about, if any.'),
  appointment_date: z.string().nullable(),
  appointment_time: z.string().nullable(),
  intent: z
    .enum(SMS_REPLY_INTENTS)
    .describe('What the words asked for: `confirm`, `cancel`, `opt_out`, `opt_in` or `other`.'),
  outcome: z
    .enum(SMS_REPLY_OUTCOMES)
    .describe(
      'What the clinic did: `recorded` (a confirmation or cancellation for the front desk to carry out), `too_late` (a cancellation past the cut-off), `forwarded` (words for a person), `no_visit`, `not_possible`, `unknown_sender`…',
    ),
});
export type PatientMessageWire = z.output<typeof patientMessageWire>;

export const patientMessagesWire = z.object({
  count: z.number().int().describe('How many wait, of which `results` holds the oldest 50.'),
  results: z.array(patientMessageWire),
});
export type PatientMessagesWire = z.output<typeof patientMessagesWire>;

export const patientMessageIdParams = z.object({ id: z.coerce.number().int().positive() });

/*
 * The forms below are posted by others (the text provider, mail programs), never by the app:
 * their names are theirs, so they are not called `…Body`, which the app's requests are.
 */

/**
 * Twilio's incoming-message webhook, form-encoded. Only what the clinic reads is named; every
 * other parameter Twilio sends is accepted as it comes (the signature covers them all).
 */
export const smsInboundForm = z.looseObject({
  MessageSid: z.string().min(1).max(64),
  From: z.string().min(1).max(32),
  To: z.string().max(32).default(''),
  Body: z.string().max(2000).default(''),
});

/** Twilio's status callback for a message sent, form-encoded. */
export const smsStatusForm = z.looseObject({
  MessageSid: z.string().min(1).max(64),
  MessageStatus: z.string().min(1).max(32),
  ErrorCode: z.string().max(16).optional(),
});

export const unsubscribeBody = z.object({
  token: z
    .string()
    .min(1, 'The link is incomplete.')
    .max(200)
    .describe('The token from the unsubscribe link (after `#token=`).'),
});
export type UnsubscribeRequest = z.input<typeof unsubscribeBody>;

/** RFC 8058's one-click POST: the token is in the address, the body says only this. */
export const oneClickUnsubscribeForm = z.looseObject({
  'List-Unsubscribe': z.literal('One-Click'),
});

export const unsubscribeQuery = z.object({
  token: z
    .string()
    .max(200)
    .optional()
    .describe('The token, as the List-Unsubscribe header of an email carries it.'),
});

export const unsubscribedWire = z.object({
  channel: z.enum(MESSAGE_CHANNELS).describe('The channel now turned off for every topic.'),
});
export type UnsubscribedWire = z.output<typeof unsubscribedWire>;
