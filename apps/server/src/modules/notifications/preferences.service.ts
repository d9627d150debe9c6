import type { UpdateMessagePreferencesRequest } from '@clinic/contract';
import {
  type Actor,
  canListUsers,
  defaultMessagePreferences,
  MESSAGE_TOPICS,
  type MessagePreferences,
} from '@clinic/domain';
import type { AppContext } from '../../context.ts';
import { forbidden, notFound } from '../../lib/errors.ts';
import { recordAuditEvent } from '../audit/index.ts';
import { findUserById, type User } from '../users/index.ts';
import { saveMessagePreference, storedMessagePreferences } from './preferences.repository.ts';

/** A person's choices are their own: the team cannot switch a patient's emails off. */
async function ownAccount(ctx: AppContext, actor: Actor, userId: number): Promise<User> {
  if (actor.id !== userId) throw canListUsers(actor) ? forbidden() : notFound('User');
  const user = await findUserById(ctx.db.kysely, userId);
  if (!user) throw notFound('User');
  return user;
}

export async function messagePreferencesOf(
  ctx: AppContext,
  userId: number,
): Promise<MessagePreferences> {
  return {
    ...defaultMessagePreferences(),
    ...(await storedMessagePreferences(ctx.db.kysely, userId)),
  };
}

export async function getMessagePreferences(ctx: AppContext, actor: Actor, userId: number) {
  await ownAccount(ctx, actor, userId);
  return messagePreferencesOf(ctx, userId);
}

const audited = (preferences: MessagePreferences) =>
  Object.fromEntries(MESSAGE_TOPICS.map((topic) => [`emails_${topic}`, preferences[topic]]));

export async function updateMessagePreferences(
  ctx: AppContext,
  actor: Actor,
  userId: number,
  body: UpdateMessagePreferencesRequest,
): Promise<MessagePreferences> {
  const user = await ownAccount(ctx, actor, userId);
  const before = await messagePreferencesOf(ctx, userId);
  const after = { ...before };
  for (const topic of MESSAGE_TOPICS) after[topic] = body[topic] ?? before[topic];
  const now = ctx.now();
  await ctx.db.transact(async (trx) => {
    for (const topic of MESSAGE_TOPICS) {
      if (body[topic] === undefined) continue;
      await saveMessagePreference(trx, { userId, topic, email: after[topic], updatedAt: now });
    }
    await recordAuditEvent(trx, {
      at: now,
      actorId: actor.id,
      subject: 'account',
      subjectId: userId,
      subjectName: user.name,
      action: 'updated',
      before: audited(before),
      after: audited(after),
    });
  });
  return after;
}
