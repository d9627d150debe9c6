import type { Kysely } from 'kysely';
import type { Database, UserUpdate } from '../../db/schema.ts';
import { forgetFailuresOfEmail } from '../auth/index.ts';

/** What closing needs to know of an account: who it is and whether it is closed already. */
export function accountForClosure(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('users')
    .select(['id', 'role', 'name', 'email', 'closedAt'])
    .where('id', '=', id)
    .executeTakeFirst();
}

const REQUEST_COLUMNS = [
  'r.id',
  'r.patientId',
  'u.name as patientName',
  'r.status',
  'r.reason',
  'r.requestedAt',
  'r.resolvedAt',
] as const;

export type ClosureRequestRow = Awaited<ReturnType<typeof openRequestOf>> & object;

export function openRequestOf(db: Kysely<Database>, patientId: number) {
  return db
    .selectFrom('closureRequests as r')
    .innerJoin('users as u', 'u.id', 'r.patientId')
    .select(REQUEST_COLUMNS)
    .where('r.patientId', '=', patientId)
    .where('r.status', '=', 'open')
    .executeTakeFirst();
}

/** The open requests, oldest first: the owner deals with them in the order they came. */
export function openRequests(db: Kysely<Database>) {
  return db
    .selectFrom('closureRequests as r')
    .innerJoin('users as u', 'u.id', 'r.patientId')
    .select(REQUEST_COLUMNS)
    .where('r.status', '=', 'open')
    .orderBy('r.requestedAt')
    .orderBy('r.id')
    .execute();
}

/** Fails with a unique violation when the patient has an open request already. */
export async function insertRequest(
  trx: Kysely<Database>,
  row: { patientId: number; reason: string; requestedAt: number },
): Promise<void> {
  await trx
    .insertInto('closureRequests')
    .values({ ...row, status: 'open', resolvedAt: null })
    .execute();
}

/** Withdraws the patient's open request; false when there was none. */
export async function withdrawRequest(
  trx: Kysely<Database>,
  patientId: number,
  now: number,
): Promise<boolean> {
  const result = await trx
    .updateTable('closureRequests')
    .set({ status: 'withdrawn', resolvedAt: now })
    .where('patientId', '=', patientId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Writes the anonymised account over the person's, unless someone closed it meanwhile; false
 * then, so two owners' clicks close it once.
 */
export async function anonymiseAccount(
  trx: Kysely<Database>,
  id: number,
  fields: UserUpdate,
): Promise<boolean> {
  const result = await trx
    .updateTable('users')
    .set(fields)
    .where('id', '=', id)
    .where('closedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The open request is answered, and no request keeps the patient's words. */
export async function resolveRequestsOnClosing(
  trx: Kysely<Database>,
  patientId: number,
  now: number,
): Promise<void> {
  await trx
    .updateTable('closureRequests')
    .set({ status: 'closed', resolvedAt: now })
    .where('patientId', '=', patientId)
    .where('status', '=', 'open')
    .execute();
  await trx
    .updateTable('closureRequests')
    .set({ reason: '' })
    .where('patientId', '=', patientId)
    .execute();
}

export function accountAuditEntries(trx: Kysely<Database>, patientId: number) {
  return trx
    .selectFrom('auditEvents')
    .select(['id', 'changes'])
    .where('subject', '=', 'account')
    .where('subjectId', '=', patientId)
    .execute();
}

/** The one rewrite the audit log allows: an entry about an account closed already. */
export async function anonymiseAuditEntry(
  trx: Kysely<Database>,
  id: number,
  entry: { subjectName: string; changes: string },
): Promise<void> {
  await trx.updateTable('auditEvents').set(entry).where('id', '=', id).execute();
}

/** Emails not sent yet to the patient are dropped: there is nobody to write to any more. */
export async function dropPendingMessages(
  trx: Kysely<Database>,
  patientId: number,
  now: number,
): Promise<void> {
  await trx
    .updateTable('notifications')
    .set({ droppedAt: now, lastError: 'account closed' })
    .where('recipientId', '=', patientId)
    .where('sentAt', 'is', null)
    .where('droppedAt', 'is', null)
    .execute();
}

/** Sessions, the addresses signed in from, and the failed sign-ins kept under the email. */
export async function forgetSignIns(
  trx: Kysely<Database>,
  patientId: number,
  email: string | null,
): Promise<void> {
  await trx.deleteFrom('sessions').where('userId', '=', patientId).execute();
  await trx.deleteFrom('signInAddresses').where('userId', '=', patientId).execute();
  if (email !== null) await forgetFailuresOfEmail(trx, email);
}
