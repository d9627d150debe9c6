import { type InboxKind, inboxKindsReadBy, type Role } from '@clinic/domain';
import type { ExpressionBuilder, Insertable, Kysely } from 'kysely';
import type { Database, InboxItemsTable } from '../../db/schema.ts';

export interface Reader {
  id: number;
  role: Role;
}

/** The owner and the active staff: whom `teamInboxRecipients` chooses among. */
export function activeTeam(db: Kysely<Database>) {
  return db
    .selectFrom('users')
    .select(['id', 'role', 'isDentist', 'isActive'])
    .where('role', 'in', ['owner', 'staff'])
    .where('isActive', '=', 1)
    .execute();
}

/** A patient with their guardian, as `patientInboxRecipients` needs them. */
export function patientAndGuardian(db: Kysely<Database>, patientId: number) {
  return db
    .selectFrom('users as p')
    .leftJoin('users as g', 'g.id', 'p.guardianId')
    .select([
      'p.id',
      'p.guardianId',
      'p.email',
      'p.isActive',
      'g.id as guardianUserId',
      'g.isActive as guardianIsActive',
    ])
    .where('p.id', '=', patientId)
    .executeTakeFirst();
}

export async function insertInboxItems(
  trx: Kysely<Database>,
  rows: Insertable<InboxItemsTable>[],
): Promise<void> {
  if (rows.length === 0) return;
  await trx.insertInto('inboxItems').values(rows).execute();
}

type ItemScope = ExpressionBuilder<
  Database & { i: InboxItemsTable; p: Database['users'] },
  'i' | 'p'
>;

/**
 * The items their addressee may read now (mayReadInboxItem, in SQL): the kinds their role reads
 * and, for a patient, only items about themselves or a dependant whose guardian they still are.
 * Written against `i.user_id`, so one query answers for many readers at once.
 */
function readable(eb: ItemScope, role: Role) {
  const kinds = inboxKindsReadBy(role) as InboxKind[];
  if (role !== 'patient') return eb('i.kind', 'in', kinds);
  return eb.and([
    eb('i.kind', 'in', kinds),
    eb.or([eb('p.id', '=', eb.ref('i.userId')), eb('p.guardianId', '=', eb.ref('i.userId'))]),
  ]);
}

function itemsOf(db: Kysely<Database>, reader: Reader, unreadOnly: boolean) {
  let query = db
    .selectFrom('inboxItems as i')
    .leftJoin('users as p', 'p.id', 'i.patientId')
    .where('i.userId', '=', reader.id)
    .where((eb) => readable(eb, reader.role));
  if (unreadOnly) query = query.where('i.readAt', 'is', null);
  return query;
}

/** A page of the reader's items, newest first, older than `before` when given. */
export function listInboxItems(
  db: Kysely<Database>,
  reader: Reader,
  filter: { unreadOnly: boolean; before: number | undefined; limit: number },
) {
  let query = itemsOf(db, reader, filter.unreadOnly)
    .leftJoin('users as a', 'a.id', 'i.actorId')
    .select([
      'i.id',
      'i.kind',
      'i.appointmentId',
      'i.patientId',
      'p.name as patientName',
      'i.actorId',
      'a.name as actorName',
      'i.payload',
      'i.createdAt',
      'i.readAt',
    ]);
  if (filter.before !== undefined) query = query.where('i.id', '<', filter.before);
  return query.orderBy('i.id', 'desc').limit(filter.limit).execute();
}

export type InboxItemRow = Awaited<ReturnType<typeof listInboxItems>>[number];

export async function countInboxItems(
  db: Kysely<Database>,
  reader: Reader,
  unreadOnly: boolean,
): Promise<number> {
  const row = await itemsOf(db, reader, unreadOnly)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** How many items each reader has unread, in one query per kind of reader. */
export async function unreadCountsOf(
  db: Kysely<Database>,
  readers: readonly Reader[],
): Promise<Map<number, number>> {
  const counts = new Map(readers.map((reader) => [reader.id, 0]));
  const groups = [
    { role: 'staff' as const, ids: readers.filter((r) => r.role !== 'patient').map((r) => r.id) },
    { role: 'patient' as const, ids: readers.filter((r) => r.role === 'patient').map((r) => r.id) },
  ];
  for (const group of groups) {
    if (group.ids.length === 0) continue;
    const rows = await db
      .selectFrom('inboxItems as i')
      .leftJoin('users as p', 'p.id', 'i.patientId')
      .select(['i.userId', (eb) => eb.fn.countAll<number>().as('count')])
      .where('i.userId', 'in', group.ids)
      .where('i.readAt', 'is', null)
      .where((eb) => readable(eb, group.role))
      .groupBy('i.userId')
      .execute();
    for (const row of rows) counts.set(row.userId, Number(row.count));
  }
  return counts;
}

/**
 * Marks the reader's own items read, those named or all (up to an id); others' ids match
 * nothing. Items already read keep the moment they were first read. Answers how many changed.
 */
export async function markItemsRead(
  trx: Kysely<Database>,
  userId: number,
  which: { ids: number[] } | { all: true; upTo: number | undefined },
  now: number,
): Promise<number> {
  let query = trx
    .updateTable('inboxItems')
    .set({ readAt: now })
    .where('userId', '=', userId)
    .where('readAt', 'is', null);
  if ('ids' in which) {
    if (which.ids.length === 0) return 0;
    query = query.where('id', 'in', which.ids);
  } else if (which.upTo !== undefined) {
    query = query.where('id', '<=', which.upTo);
  }
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * A closed account's words leave the team's bells with its texts (decision 038): the items
 * stay, saying only that a message came, and the patient's name shows anonymised as everywhere.
 */
export async function forgetPatientMessagesOf(
  trx: Kysely<Database>,
  patientId: number,
): Promise<void> {
  await trx
    .updateTable('inboxItems')
    .set({ payload: JSON.stringify({ message: '', sender: '' }) })
    .where('kind', '=', 'patient_message')
    .where('patientId', '=', patientId)
    .execute();
}
