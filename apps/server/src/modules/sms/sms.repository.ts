import {
  ANSWERABLE_SMS_KINDS,
  type Language,
  laterProviderStatus,
  type SmsReplyIntent,
  type SmsReplyOutcome,
} from '@clinic/domain';
import type { Insertable, Kysely } from 'kysely';
import type { Database, SmsRepliesTable } from '../../db/schema.ts';

/** The outbox tables whose rows may be texts. */
export type TextTable = 'notifications' | 'smsReplies';

/** Whom a text may reach: a person's number in E.164 and what the text needs of them. */
export interface Textee {
  id: number;
  name: string;
  phoneE164: string | null;
  isActive: boolean;
  language: Language | null;
  guardianId: number | null;
}

export async function findTextee(
  db: Kysely<Database>,
  id: number | null,
): Promise<Textee | undefined> {
  if (id === null) return undefined;
  const row = await db
    .selectFrom('users')
    .select(['id', 'name', 'phoneE164', 'isActive', 'language', 'guardianId'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { ...row, isActive: row.isActive === 1 };
}

/** The active patients reached at `number`, by id. */
export async function texteesWithNumber(db: Kysely<Database>, number: string): Promise<Textee[]> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'name', 'phoneE164', 'isActive', 'language', 'guardianId'])
    .where('phoneE164', '=', number)
    .where('isActive', '=', 1)
    .where('role', '=', 'patient')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ ...row, isActive: true }));
}

/** What the provider said when it took the text: its id, its first status, and the number. */
export async function recordTextAccepted(
  trx: Kysely<Database>,
  table: TextTable,
  id: number,
  accepted: { providerMessageId: string; status: string; sentTo: string },
): Promise<void> {
  const set = {
    providerMessageId: accepted.providerMessageId,
    deliveryStatus: accepted.status,
    deliveryErrorCode: null,
  };
  await updateTextRow(trx, table, id, set, accepted.sentTo);
}

/**
 * What the provider said when it refused the text: its code, and `failed` when sending gives
 * up on it (a permanent refusal, or the last retry).
 */
export async function recordTextRefused(
  trx: Kysely<Database>,
  table: TextTable,
  id: number,
  refusal: { code: string | null; final: boolean; sentTo: string },
): Promise<void> {
  const set = {
    deliveryErrorCode: refusal.code,
    ...(refusal.final ? { deliveryStatus: 'failed' } : {}),
  };
  await updateTextRow(trx, table, id, set, refusal.sentTo);
}

/** Writes a text's delivery columns; a visit text also keeps the number it went to. */
async function updateTextRow(
  trx: Kysely<Database>,
  table: TextTable,
  id: number,
  set: { providerMessageId?: string; deliveryStatus?: string; deliveryErrorCode: string | null },
  sentTo: string,
): Promise<void> {
  if (table === 'notifications') {
    await trx
      .updateTable('notifications')
      .set({ ...set, sentTo })
      .where('id', '=', id)
      .execute();
  } else {
    await trx.updateTable('smsReplies').set(set).where('id', '=', id).execute();
  }
}

/** Where the number a visit text went to is kept, for a text that was never sent. */
export async function recordSentTo(
  db: Kysely<Database>,
  id: number,
  sentTo: string,
): Promise<void> {
  await db.updateTable('notifications').set({ sentTo }).where('id', '=', id).execute();
}

interface DeliveryRow {
  id: number;
  deliveryStatus: string | null;
}

async function findByProviderId(
  db: Kysely<Database>,
  providerMessageId: string,
): Promise<{ table: TextTable; row: DeliveryRow } | undefined> {
  const visit = await db
    .selectFrom('notifications')
    .select(['id', 'deliveryStatus'])
    .where('providerMessageId', '=', providerMessageId)
    .executeTakeFirst();
  if (visit) return { table: 'notifications', row: visit };
  const reply = await db
    .selectFrom('smsReplies')
    .select(['id', 'deliveryStatus'])
    .where('providerMessageId', '=', providerMessageId)
    .executeTakeFirst();
  return reply && { table: 'smsReplies', row: reply };
}

/**
 * Applies a status callback to the text with this provider id: its status moves forward only
 * (callbacks may arrive out of order), and a failure keeps its code and words. Each write
 * matches only while the status is the one it was read as, so two callbacks at once on two
 * servers are applied one after the other. False when no text has the id.
 */
export async function applyDeliveryReport(
  db: Kysely<Database>,
  report: {
    providerMessageId: string;
    status: string;
    errorCode: string | null;
    errorWords: string | null;
    at: number;
  },
): Promise<boolean> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const found = await findByProviderId(db, report.providerMessageId);
    if (!found) return false;
    const current = found.row.deliveryStatus;
    const next = laterProviderStatus(current, report.status);
    if (next === current) return true;
    const set = {
      deliveryStatus: next,
      ...(next === 'delivered' ? { deliveredAt: report.at } : {}),
      ...(report.errorCode !== null && next === report.status
        ? { deliveryErrorCode: report.errorCode, lastError: report.errorWords }
        : {}),
    };
    const updated =
      found.table === 'notifications'
        ? await db
            .updateTable('notifications')
            .set(set)
            .where('id', '=', found.row.id)
            .where((eb) =>
              current === null
                ? eb('deliveryStatus', 'is', null)
                : eb('deliveryStatus', '=', current),
            )
            .executeTakeFirst()
        : await db
            .updateTable('smsReplies')
            .set(set)
            .where('id', '=', found.row.id)
            .where((eb) =>
              current === null
                ? eb('deliveryStatus', 'is', null)
                : eb('deliveryStatus', '=', current),
            )
            .executeTakeFirst();
    if (Number(updated.numUpdatedRows) > 0) return true;
  }
  return true;
}

/**
 * The visit the latest text a reply can answer went to `number` about, among visits still to
 * start: the reply answers that one. Undefined when there is none.
 */
export async function latestAnsweredVisit(db: Kysely<Database>, number: string, now: number) {
  return db
    .selectFrom('notifications as n')
    .innerJoin('appointments as a', 'a.id', 'n.appointmentId')
    .select([
      'n.appointmentId',
      'n.recipientId',
      'a.patientId',
      'a.date',
      'a.time',
      'a.startsAt',
      'a.status',
    ])
    .where('n.channel', '=', 'sms')
    .where('n.sentTo', '=', number)
    .where('n.sentAt', 'is not', null)
    .where('n.kind', 'in', ANSWERABLE_SMS_KINDS)
    .where('a.startsAt', '>', now)
    .orderBy('n.sentAt', 'desc')
    .orderBy('n.id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function findInboundByProviderId(db: Kysely<Database>, providerMessageId: string) {
  return db
    .selectFrom('smsInbound')
    .select(['id'])
    .where('providerMessageId', '=', providerMessageId)
    .executeTakeFirst();
}

export async function insertInbound(
  trx: Kysely<Database>,
  row: {
    providerMessageId: string;
    fromNumber: string;
    toNumber: string;
    body: string;
    receivedAt: number;
    userId: number | null;
    appointmentId: number | null;
    intent: SmsReplyIntent;
    outcome: SmsReplyOutcome;
    needsAttention: boolean;
  },
): Promise<number> {
  const inserted = await trx
    .insertInto('smsInbound')
    .values({ ...row, needsAttention: row.needsAttention ? 1 : 0 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export async function queueReply(
  trx: Kysely<Database>,
  row: Insertable<SmsRepliesTable>,
): Promise<void> {
  await trx.insertInto('smsReplies').values(row).execute();
}

/** The texts from patients that wait for a person, oldest first, with who and which visit. */
export function waitingInbound(db: Kysely<Database>, limit: number) {
  return db
    .selectFrom('smsInbound as m')
    .leftJoin('users as u', 'u.id', 'm.userId')
    .leftJoin('appointments as a', 'a.id', 'm.appointmentId')
    .select([
      'm.id',
      'm.fromNumber',
      'm.body',
      'm.receivedAt',
      'm.userId',
      'u.name as userName',
      'm.appointmentId',
      'a.date',
      'a.time',
      'm.intent',
      'm.outcome',
    ])
    .where('m.needsAttention', '=', 1)
    .where('m.handledAt', 'is', null)
    .orderBy('m.receivedAt')
    .orderBy('m.id')
    .limit(limit)
    .execute();
}

export async function countWaitingInbound(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('smsInbound')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('needsAttention', '=', 1)
    .where('handledAt', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Marks a waiting message handled unless someone did already; false then, or if none. */
export async function markInboundHandled(
  db: Kysely<Database>,
  id: number,
  by: number,
  at: number,
): Promise<'handled' | 'already' | 'missing'> {
  const updated = await db
    .updateTable('smsInbound')
    .set({ handledAt: at, handledBy: by })
    .where('id', '=', id)
    .where('needsAttention', '=', 1)
    .where('handledAt', 'is', null)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) > 0) return 'handled';
  const row = await db
    .selectFrom('smsInbound')
    .select('id')
    .where('id', '=', id)
    .where('needsAttention', '=', 1)
    .executeTakeFirst();
  return row ? 'already' : 'missing';
}

/**
 * A closed account keeps no trace of its texts (decision 038): the numbers and words go, the
 * rows stay, as the book keeps the visits.
 */
export async function forgetTextsOf(trx: Kysely<Database>, userId: number): Promise<void> {
  await trx
    .updateTable('notifications')
    .set({ sentTo: null })
    .where('recipientId', '=', userId)
    .execute();
  await trx
    .updateTable('smsInbound')
    .set({ fromNumber: '', body: '', needsAttention: 0 })
    .where('userId', '=', userId)
    .execute();
  await trx.updateTable('smsReplies').set({ toNumber: '' }).where('userId', '=', userId).execute();
}
