import type { DentistColour, Role } from '@clinic/domain';
import type { Kysely } from 'kysely';
import { prepared } from '../../db/prepared.ts';
import type { Database, NewUserRow, UserUpdate } from '../../db/schema.ts';
import { personMatches } from '../../db/text-search.ts';
import { toUser, type User } from './users.model.ts';

export const PUBLIC_COLUMNS = [
  'id',
  'email',
  'name',
  'phone',
  'role',
  'isDentist',
  'isActive',
  'language',
  'colour',
  'emailVerifiedAt',
  'pendingEmail',
  'createdAt',
  'guardianId',
  'dateOfBirth',
  'contactChannel',
  'medicalAlerts',
  'notes',
  'closedAt',
] as const;

const userById = prepared<[number], Parameters<typeof toUser>[0]>((db) =>
  db.selectFrom('users').select(PUBLIC_COLUMNS).where('id', '=', 0),
);

export async function findUserById(db: Kysely<Database>, id: number): Promise<User | undefined> {
  const row = (await userById(db, id))[0];
  return row && toUser(row);
}

export async function findCredentialsByEmail(db: Kysely<Database>, email: string) {
  // A phone-only patient has no email, so no typed address (not even '') ever finds them.
  const row = await db
    .selectFrom('users')
    .select([...PUBLIC_COLUMNS, 'passwordHash'])
    .where('email', '=', email)
    .executeTakeFirst();
  return row && { user: toUser(row), passwordHash: row.passwordHash };
}

export async function findPasswordHash(db: Kysely<Database>, id: number): Promise<string | null> {
  const row = await db
    .selectFrom('users')
    .select('passwordHash')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.passwordHash ?? null;
}

/**
 * Replaces a password's hash with one of the same password made with today's settings, unless
 * the password changed meanwhile (the stored hash is no longer `previous`).
 */
export async function upgradePasswordHash(
  db: Kysely<Database>,
  id: number,
  previous: string,
  upgraded: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ passwordHash: upgraded })
    .where('id', '=', id)
    .where('passwordHash', '=', previous)
    .execute();
}

export async function insertUser(db: Kysely<Database>, row: NewUserRow): Promise<User> {
  const inserted = await db
    .insertInto('users')
    .values(row)
    .returning(PUBLIC_COLUMNS)
    .executeTakeFirstOrThrow();
  return toUser(inserted);
}

export async function updateUser(
  db: Kysely<Database>,
  id: number,
  changes: UserUpdate,
): Promise<User | undefined> {
  const row = await db
    .updateTable('users')
    .set(changes)
    .where('id', '=', id)
    .returning(PUBLIC_COLUMNS)
    .executeTakeFirst();
  return row && toUser(row);
}

export interface UserFilters {
  role?: Role | undefined;
  search?: string | undefined;
  isActive?: boolean | undefined;
  isDentist?: boolean | undefined;
}

export async function listUsers(
  db: Kysely<Database>,
  filters: UserFilters,
  page: { limit: number; offset: number },
): Promise<{ users: User[]; count: number }> {
  let query = db.selectFrom('users');
  if (filters.role) query = query.where('role', '=', filters.role);
  if (filters.isActive !== undefined)
    query = query.where('isActive', '=', filters.isActive ? 1 : 0);
  if (filters.isDentist !== undefined)
    query = query.where('isDentist', '=', filters.isDentist ? 1 : 0);
  if (filters.search) query = query.where(personMatches(filters.search));
  const [rows, total] = await Promise.all([
    query
      .select(PUBLIC_COLUMNS)
      .orderBy('name')
      .orderBy('id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { users: rows.map(toUser), count: Number(total.count) };
}

export async function ownerExists(db: Kysely<Database>): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'owner')
    .executeTakeFirst();
  return row !== undefined;
}

/** The colours the active dentists wear now, for choosing the next dentist's. */
export async function wornDentistColours(db: Kysely<Database>): Promise<(DentistColour | null)[]> {
  const rows = await db
    .selectFrom('users')
    .select('colour')
    .where('isDentist', '=', 1)
    .where('isActive', '=', 1)
    .execute();
  return rows.map((row) => row.colour);
}

/**
 * Dentists for pickers and filters, by name: the active ones, or with `includeInactive` also
 * those who left or stopped being a dentist but once wore a dentist's colour, so that their
 * visits can still be found.
 */
export async function listDentistsWithColour(
  db: Kysely<Database>,
  includeInactive: boolean,
): Promise<{ id: number; name: string; colour: DentistColour | null; isActive: boolean }[]> {
  let query = db
    .selectFrom('users')
    .select(['id', 'name', 'colour', 'isActive', 'isDentist'])
    .where('role', 'in', ['owner', 'staff']);
  query = includeInactive
    ? query.where((eb) =>
        eb.or([
          eb('isDentist', '=', 1),
          eb.and([eb('isDentist', '=', 0), eb('colour', 'is not', null)]),
        ]),
      )
    : query.where('isDentist', '=', 1).where('isActive', '=', 1);
  const rows = await query.orderBy('name').orderBy('id').execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    colour: row.colour,
    // Someone who stopped being a dentist is a former dentist, however active their account.
    isActive: row.isActive === 1 && row.isDentist === 1,
  }));
}
