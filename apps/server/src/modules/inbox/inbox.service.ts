import type { InboxReadBody } from '@clinic/contract';
import type { Actor } from '@clinic/domain';
import type { AppContext } from '../../context.ts';
import {
  countInboxItems,
  type InboxItemRow,
  listInboxItems,
  markItemsRead,
  unreadCountsOf,
} from './inbox.repository.ts';
import { announceInboxChange } from './inbox-items.ts';

/**
 * A person's own items, newest first, one page after `cursor` (an item's id). Everyone signed in
 * has a bell; nobody reads another's, whatever they send.
 */
export async function listInbox(
  ctx: AppContext,
  actor: Actor,
  query: { unreadOnly: boolean; cursor: number | undefined; pageSize: number },
): Promise<{ rows: InboxItemRow[]; count: number; hasMore: boolean }> {
  const db = ctx.db.kysely;
  const [rows, count] = await Promise.all([
    listInboxItems(db, actor, {
      unreadOnly: query.unreadOnly,
      before: query.cursor,
      // One more than shown says whether another page follows.
      limit: query.pageSize + 1,
    }),
    countInboxItems(db, actor, query.unreadOnly),
  ]);
  return { rows: rows.slice(0, query.pageSize), count, hasMore: rows.length > query.pageSize };
}

export async function unreadCount(ctx: AppContext, actor: Actor): Promise<number> {
  const counts = await unreadCountsOf(ctx.db.kysely, [actor]);
  return counts.get(actor.id) ?? 0;
}

/**
 * Marks the person's items read, idempotently, and tells their other tabs and devices the new
 * count when anything changed. Answers the count.
 */
export async function markRead(ctx: AppContext, actor: Actor, body: InboxReadBody) {
  const which = body.ids ? { ids: body.ids } : { all: true as const, upTo: body.up_to };
  const changed = await ctx.db.transact((trx) => markItemsRead(trx, actor.id, which, ctx.now()));
  if (changed > 0) await announceInboxChange(ctx, [actor.id]);
  return { unread: await unreadCount(ctx, actor) };
}
