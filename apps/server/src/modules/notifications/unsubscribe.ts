import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  type Language,
  MESSAGE_CHANNELS,
  type MessageChannel,
  messageTopicOf,
  type NotificationKind,
} from '@clinic/domain';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../lib/errors.ts';
import { publicOrigin } from '../../lib/public-origin.ts';
import { findUserById } from '../users/index.ts';
import type { Mail } from './mailer.ts';
import { setChannel } from './preferences.service.ts';
import { signingSecret } from './signing-keys.repository.ts';

/**
 * Unsubscribe links (decision 041). A link names one person and one channel and is signed with
 * a secret only the server knows (HMAC-SHA256), so it needs no sign-in, cannot be made for
 * someone else, and does one thing: turn that channel's messages off. It is the same in every
 * email to the person, so an old email's link still works. Opening the page does nothing; the
 * page asks, then POSTs, so a mail scanner that follows links cannot unsubscribe anyone.
 */
const PURPOSE = 'unsubscribe';
/** Read once per database: it never changes once made. */
const secrets = new WeakMap<object, Promise<string>>();

function secretOf(ctx: AppContext): Promise<string> {
  let secret = secrets.get(ctx.db);
  if (!secret) {
    secret = signingSecret(ctx.db.kysely, PURPOSE, ctx.now());
    // A failed read is tried again next time rather than remembered.
    secret.catch(() => secrets.delete(ctx.db));
    secrets.set(ctx.db, secret);
  }
  return secret;
}

function mac(secret: string, userId: number, channel: MessageChannel): string {
  return createHmac('sha256', secret)
    .update(`${PURPOSE}:${userId}:${channel}`)
    .digest('base64url')
    .slice(0, 32);
}

export async function unsubscribeToken(
  ctx: AppContext,
  userId: number,
  channel: MessageChannel,
): Promise<string> {
  return `${userId}.${channel}.${mac(await secretOf(ctx), userId, channel)}`;
}

const invalidLink = () =>
  new AppError(
    400,
    'link_invalid',
    'Link not valid',
    'This unsubscribe link is not valid. Copy the whole link from the message, or change your choices on your profile.',
  );

/** The person and channel a token names, when the server signed it. */
async function readToken(
  ctx: AppContext,
  token: string,
): Promise<{ userId: number; channel: MessageChannel }> {
  const match = /^(\d{1,12})\.([a-z]+)\.([A-Za-z0-9_-]{32})$/.exec(token.trim());
  const channel = MESSAGE_CHANNELS.find((c) => c === match?.[2]);
  if (!match?.[1] || !match[3] || !channel) throw invalidLink();
  const userId = Number(match[1]);
  const expected = Buffer.from(mac(await secretOf(ctx), userId, channel));
  const given = Buffer.from(match[3]);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalidLink();
  return { userId, channel };
}

/**
 * Turns off every topic of the link's channel for its person, as their own audited choice.
 * Using a link twice is no error: the choice simply stands.
 */
export async function unsubscribe(
  ctx: AppContext,
  token: string,
): Promise<{ channel: MessageChannel }> {
  const { userId, channel } = await readToken(ctx, token);
  const user = await findUserById(ctx.db.kysely, userId);
  if (!user?.isActive) throw invalidLink();
  await ctx.db.transact((trx) => setChannel(trx, user, channel, false, ctx.now()));
  return { channel };
}

const FOOTER: Record<Language, (link: string) => string> = {
  en: (link) => `To stop these emails, open: ${link}`,
  es: (link) => `Para dejar de recibir estos correos, abra: ${link}`,
  de: (link) => `Um diese E-Mails abzubestellen, öffnen Sie: ${link}`,
  fr: (link) => `Pour ne plus recevoir ces e-mails, ouvrez : ${link}`,
};

/**
 * The email with its way out: a line with the unsubscribe page's link at the end, and the
 * RFC 8058 headers that let a mail program unsubscribe in one click (a POST to the API with
 * the token in the address). Only messages a person chose to receive get them: the front
 * desk's news of requests is their work, and no preference governs it.
 */
export async function withUnsubscribeLink(
  ctx: AppContext,
  kind: NotificationKind,
  reader: { id: number },
  language: Language,
  mail: Mail,
): Promise<Mail> {
  if (messageTopicOf(kind) === null) return mail;
  const token = await unsubscribeToken(ctx, reader.id, 'email');
  const page = `${publicOrigin(ctx.config)}/unsubscribe#token=${token}`;
  const oneClick = `${publicOrigin(ctx.config)}/api/unsubscribe/one-click?token=${encodeURIComponent(token)}`;
  return {
    ...mail,
    text: `${mail.text}\n\n--\n${FOOTER[language](page)}`,
    headers: {
      ...mail.headers,
      'List-Unsubscribe': `<${oneClick}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
