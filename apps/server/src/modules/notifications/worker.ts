import {
  isMessageWanted,
  isNotificationCurrent,
  messageTopicOf,
  nextAttemptAt,
  recipientLanguage,
  visitEmailAddressee,
} from '@clinic/domain';
import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../../context.ts';
import {
  claimOutboxMessage,
  dueOutboxIds,
  type OutboxMessage,
  type OutboxOutcome,
  settleOutboxMessage,
} from '../../db/outbox-queries.ts';
import { startOutboxSender } from '../../lib/outbox-sender.ts';
import { findAppointment } from '../appointments/index.ts';
import { visitInvitation } from '../calendar-feeds/index.ts';
import { getClinic } from '../clinic/index.ts';
import { findUserById } from '../users/index.ts';
import { issueAnswerLinks } from '../visit-answers/index.ts';
import { markDeliveryFailed, recordSentTo } from './delivery.repository.ts';
import type { Mailer } from './mailer.ts';
import { composeMessage } from './messages.ts';
import { storedChannelPreferences } from './preferences.repository.ts';
import { withUnsubscribeLink } from './unsubscribe.ts';

const BATCH = 20;
/** Long enough for any SMTP exchange; a server that dies mid-send frees its messages then. */
const LEASE_MS = 2 * 60_000;

export interface NotificationWorker {
  /** Looks for due messages now rather than at the next poll. */
  wake(): void;
  stop(): Promise<void>;
}

/**
 * Sends queued emails as they fall due: on a timer for reminders, and at once when the event
 * bus reports a change to the book. A message is sent at most once unless the server dies
 * between the mail server's acceptance and the record of it; a failed one is retried with
 * growing delays and then given up, its error kept.
 */
export function startNotificationWorker(
  ctx: AppContext,
  mailer: Mailer | undefined,
  options: {
    pollMs: number;
    log: FastifyBaseLogger;
    /** Sends a message queued as a text (the sms module's); without it texts are dropped. */
    deliverText?: ((claimed: OutboxMessage<'notifications'>) => Promise<void>) | undefined;
  },
): NotificationWorker {
  const db = ctx.db.kysely;
  const settleNotification = (id: number, outcome: OutboxOutcome) =>
    settleOutboxMessage(db, 'notifications', id, outcome);

  async function deliver(id: number): Promise<void> {
    const claimed = await claimOutboxMessage(db, 'notifications', id, ctx.now(), LEASE_MS);
    if (!claimed) return;
    if (claimed.channel === 'sms' || !mailer) {
      if (claimed.channel === 'sms' && options.deliverText) return options.deliverText(claimed);
      const off = claimed.channel === 'sms' ? 'text messages are off' : 'email is off';
      return settleNotification(id, { droppedAt: ctx.now(), lastError: off });
    }
    const appointment = await findAppointment(db, claimed.appointmentId);
    const recipient = await findUserById(db, claimed.recipientId);
    if (!appointment || !isNotificationCurrent(claimed.kind, claimed, appointment)) {
      await settleNotification(id, { droppedAt: ctx.now(), lastError: null });
      return;
    }
    if (!recipient?.isActive) {
      await settleNotification(id, { droppedAt: ctx.now(), lastError: 'recipient inactive' });
      return;
    }
    // A dependant without an address is written to through their guardian. A patient
    // registered with a phone number only: queued all the same, so that an email added before
    // the message falls due still receives it; without one it is dropped, not retried.
    const guardian =
      recipient.guardianId === null ? undefined : await findUserById(db, recipient.guardianId);
    const addressee = visitEmailAddressee(recipient, guardian);
    if (!addressee) {
      await settleNotification(id, { droppedAt: ctx.now(), lastError: 'no email address' });
      return;
    }
    const reader = addressee.to;
    // Read at sending time, so a choice made after the message was queued still counts.
    const preferences = await storedChannelPreferences(db, reader.id);
    if (!isMessageWanted(claimed.kind, 'email', preferences)) {
      await settleNotification(id, {
        droppedAt: ctx.now(),
        lastError: `recipient turned off ${messageTopicOf(claimed.kind)} emails`,
      });
      return;
    }
    const clinic = await getClinic(ctx);
    const language = recipientLanguage(reader.language, clinic.defaultLanguage);
    // "I'll be there" / "I can't come" for the messages that ask (decision 040).
    const answerLinks = await issueAnswerLinks(ctx, claimed.kind, appointment, clinic);
    const message = composeMessage(claimed.kind, {
      clinicName: clinic.name,
      recipientName: reader.name,
      patientName: appointment.patientName,
      onBehalfOf: addressee.onBehalf ? recipient.name : null,
      date: appointment.date,
      time: appointment.time,
      dentistName: appointment.dentistName,
      serviceName: appointment.serviceName,
      language,
      timeFormat: clinic.timeFormat,
      answerLinks: answerLinks?.links ?? null,
    });
    // Confirmations, moves and cancellations carry the event for the reader's calendar.
    const icalEvent = visitInvitation(ctx, claimed.kind, appointment, clinic, reader);
    const mail = await withUnsubscribeLink(ctx, claimed.kind, reader, language, {
      to: { name: reader.name, address: reader.email },
      ...message,
      ...(icalEvent && { icalEvent }),
    });
    await recordSentTo(db, id, reader.email);
    try {
      await mailer.send(mail);
    } catch (error) {
      await answerLinks?.discard();
      const lastError = error instanceof Error ? error.message : String(error);
      const retryAt = nextAttemptAt(claimed.attempts, ctx.now());
      options.log.warn(
        { notification: id, attempts: claimed.attempts, err: error },
        'email failed',
      );
      if (retryAt === null) await markDeliveryFailed(db, id);
      await settleNotification(
        id,
        retryAt === null ? { droppedAt: ctx.now(), lastError } : { retryAt, lastError },
      );
      return;
    }
    await settleNotification(id, { sentAt: ctx.now() });
  }

  const sender = startOutboxSender({
    name: 'email worker',
    pollMs: options.pollMs,
    log: options.log,
    events: ctx.events,
    wakesOn: (event) => event.type.startsWith('appointment.'),
    dueIds: () => dueOutboxIds(db, 'notifications', ctx.now(), BATCH),
    deliver,
  });
  return {
    wake: sender.wake,
    stop: async () => {
      await sender.stop();
      mailer?.close();
    },
  };
}
