import { isSmsKind, type MessageChannel, type NotificationKind } from '@clinic/domain';
import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/schema.ts';
import { hasTextNumber } from './channels.repository.ts';

/** Whether the server sends messages at all: a mail server, a text provider, or both. */
export function messagingOn(config: Config): boolean {
  return config.smtpUrl !== undefined || config.sms !== undefined;
}

/**
 * The channels a message of `kind` to `recipientId` is queued on. Email whenever a mail server
 * is configured (its address is looked for when it is sent, as before). A text only when a text
 * provider is configured, the kind goes by text (what the patient must know of their visit),
 * and the recipient, or the guardian who books for them, has a number a text can reach now;
 * the number and the choices are read again when it is sent. Like email without SMTP, nothing
 * is queued for texts before they are configured, so turning them on sends no backlog.
 */
export async function channelsFor(
  trx: Kysely<Database>,
  config: Config,
  kind: NotificationKind,
  recipientId: number,
): Promise<MessageChannel[]> {
  const channels: MessageChannel[] = [];
  if (config.smtpUrl !== undefined) channels.push('email');
  if (config.sms !== undefined && isSmsKind(kind) && (await hasTextNumber(trx, recipientId))) {
    channels.push('sms');
  }
  return channels;
}
