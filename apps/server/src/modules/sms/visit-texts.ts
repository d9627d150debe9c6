import {
  isMessageWanted,
  isNotificationCurrent,
  isSmsKind,
  messageTopicOf,
  recipientLanguage,
  visitSmsAddressee,
} from '@clinic/domain';
import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../../context.ts';
import {
  type OutboxMessage,
  type OutboxOutcome,
  settleOutboxMessage,
} from '../../db/outbox-queries.ts';
import { findAppointment } from '../appointments/index.ts';
import { getClinic } from '../clinic/index.ts';
import { storedChannelPreferences } from '../notifications/index.ts';
import { findTextee } from './sms.repository.ts';
import type { SmsProvider } from './sms-provider.ts';
import { composeVisitText } from './sms-texts.ts';
import { sendClaimedText } from './text-sending.ts';

/** Sends one claimed visit message by text; the notification worker hands over its texts. */
export type VisitTextSender = (claimed: OutboxMessage<'notifications'>) => Promise<void>;

/**
 * A text about a visit, written and checked when its turn comes, as its email is: dropped if the
 * visit changed so that it no longer holds, if nobody in the family has a mobile number now, or
 * if the reader turned that topic's texts off since it was queued. A dependant's texts go to
 * their guardian's number (visitSmsAddressee), naming the dependant; the reader's language and
 * choices apply.
 */
export function createVisitTextSender(
  ctx: AppContext,
  provider: SmsProvider,
  log: FastifyBaseLogger,
): VisitTextSender {
  const db = ctx.db.kysely;
  const drop = (id: number, lastError: string | null) =>
    settleOutboxMessage(db, 'notifications', id, {
      droppedAt: ctx.now(),
      lastError,
    } satisfies OutboxOutcome);

  return async (claimed) => {
    const appointment = await findAppointment(db, claimed.appointmentId);
    if (!appointment || !isNotificationCurrent(claimed.kind, claimed, appointment)) {
      return drop(claimed.id, null);
    }
    if (!isSmsKind(claimed.kind)) return drop(claimed.id, 'not sent by text');
    const recipient = await findTextee(db, claimed.recipientId);
    if (!recipient?.isActive) return drop(claimed.id, 'recipient inactive');
    const guardian = await findTextee(db, recipient.guardianId);
    const addressee = visitSmsAddressee(recipient, guardian);
    const number = addressee?.to.phoneE164;
    if (!addressee || !number) return drop(claimed.id, 'no mobile number');
    const reader = addressee.to;
    // Read at sending time, so a choice made after the message was queued still counts.
    const preferences = await storedChannelPreferences(db, reader.id);
    if (!isMessageWanted(claimed.kind, 'sms', preferences)) {
      return drop(claimed.id, `recipient turned off ${messageTopicOf(claimed.kind)} texts`);
    }
    const clinic = await getClinic(ctx);
    const body = composeVisitText(claimed.kind, {
      clinicName: clinic.name,
      date: appointment.date,
      time: appointment.time,
      dentistName: appointment.dentistName,
      onBehalfOf: addressee.onBehalf ? recipient.name : null,
      clinicPhone: clinic.contact.phone,
      language: recipientLanguage(reader.language, clinic.defaultLanguage),
      timeFormat: clinic.timeFormat,
    });
    await sendClaimedText(
      ctx,
      provider,
      { table: 'notifications', id: claimed.id, attempts: claimed.attempts },
      { to: number, body },
      log,
    );
  };
}
