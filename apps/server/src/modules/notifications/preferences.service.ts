import type { UpdateMessagePreferencesRequest } from '@clinic/contract';
import {
  type Actor,
  allTopics,
  type ChannelPreferences,
  canListUsers,
  channelPreferences,
  MESSAGE_CHANNELS,
  MESSAGE_TOPICS,
  type MessageChannel,
  type MessagePreferences,
} from '@clinic/domain';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context.ts';
import type { Database } from '../../db/schema.ts';
import { forbidden, notFound } from '../../lib/errors.ts';
import { recordAuditEvent } from '../audit/index.ts';
import { findUserById, type User } from '../users/index.ts';
import { saveMessagePreference, storedChannelPreferences } from './preferences.repository.ts';

/** A person's choices are their own: the team cannot switch a patient's messages off. */
async function ownAccount(ctx: AppContext, actor: Actor, userId: number): Promise<User> {
  if (actor.id !== userId) throw canListUsers(actor) ? forbidden() : notFound('User');
  const user = await findUserById(ctx.db.kysely, userId);
  if (!user) throw notFound('User');
  return user;
}

export async function channelPreferencesOf(
  db: Kysely<Database>,
  userId: number,
): Promise<ChannelPreferences> {
  return channelPreferences(await storedChannelPreferences(db, userId));
}

/** The wire's shape: the email choices at the top, as before texts existed, and `sms` beside. */
function toWire(preferences: ChannelPreferences): MessagePreferences & { sms: MessagePreferences } {
  return { ...preferences.email, sms: preferences.sms };
}

export async function getMessagePreferences(ctx: AppContext, actor: Actor, userId: number) {
  await ownAccount(ctx, actor, userId);
  return toWire(await channelPreferencesOf(ctx.db.kysely, userId));
}

const AUDIT_PREFIX: Record<MessageChannel, string> = { email: 'emails', sms: 'texts' };

const audited = (preferences: ChannelPreferences) =>
  Object.fromEntries(
    MESSAGE_CHANNELS.flatMap((channel) =>
      MESSAGE_TOPICS.map((topic) => [
        `${AUDIT_PREFIX[channel]}_${topic}`,
        preferences[channel][topic],
      ]),
    ),
  );

/**
 * Writes `after` for the topics that changed and audits the change, with `actorId` as who made
 * it: the person, from their profile, a reply STOP or an unsubscribe link.
 */
async function saveChoices(
  trx: Kysely<Database>,
  user: { id: number; name: string },
  before: ChannelPreferences,
  after: ChannelPreferences,
  at: number,
): Promise<void> {
  let changed = false;
  for (const topic of MESSAGE_TOPICS) {
    if (MESSAGE_CHANNELS.every((channel) => before[channel][topic] === after[channel][topic])) {
      continue;
    }
    changed = true;
    await saveMessagePreference(trx, {
      userId: user.id,
      topic,
      choices: { email: after.email[topic], sms: after.sms[topic] },
      updatedAt: at,
    });
  }
  if (!changed) return;
  await recordAuditEvent(trx, {
    at,
    actorId: user.id,
    subject: 'account',
    subjectId: user.id,
    subjectName: user.name,
    action: 'updated',
    before: audited(before),
    after: audited(after),
  });
}

export async function updateMessagePreferences(
  ctx: AppContext,
  actor: Actor,
  userId: number,
  body: UpdateMessagePreferencesRequest,
) {
  const user = await ownAccount(ctx, actor, userId);
  const now = ctx.now();
  return ctx.db.transact(async (trx) => {
    const before = await channelPreferencesOf(trx, userId);
    const after: ChannelPreferences = { email: { ...before.email }, sms: { ...before.sms } };
    for (const topic of MESSAGE_TOPICS) {
      after.email[topic] = body[topic] ?? before.email[topic];
      after.sms[topic] = body.sms?.[topic] ?? before.sms[topic];
    }
    await saveChoices(trx, user, before, after, now);
    return toWire(after);
  });
}

/**
 * Turns every topic of one channel off, or on again, for `user` as their own choice: a reply
 * STOP or START to a text, or an unsubscribe link in an email. Audited like a change on the
 * profile. Returns whether anything changed.
 */
export async function setChannel(
  trx: Kysely<Database>,
  user: { id: number; name: string },
  channel: MessageChannel,
  on: boolean,
  at: number,
): Promise<boolean> {
  const before = await channelPreferencesOf(trx, user.id);
  const after: ChannelPreferences = { ...before, [channel]: allTopics(on) };
  const changed = MESSAGE_TOPICS.some((topic) => before[channel][topic] !== on);
  await saveChoices(trx, user, before, after, at);
  return changed;
}
