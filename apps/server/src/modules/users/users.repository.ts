import type { Role } from '@clinic/domain';
import type { Kysely } from 'kysely';
import { prepared } from '../../db/prepared.ts';
import type { Database, NewUserRow, UserUpdate } from '../../db/schema.ts';
import { personMatches } from '../../db/text-search.ts';
import { toUser, type User } from './users.model.ts';

const PUBLIC_COLUMNS = [
  'id',
  'email',
  'name',
  'phone',
  'role',
  'isDentist',
  'isActive',
  'language',
  'createdAt',
  'dateOfBirth',
  'contactChannel',
  'medicalAlerts',
  'notes',
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

export async function listActiveDentists(
  db: Kysely<Database>,
): Promise<{ id: number; name: string }[]> {
  return db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('isDentist', '=', 1)
    .where('isActive', '=', 1)
    .where('role', 'in', ['owner', 'staff'])
    .orderBy('name')
    .execute();
}

export async function ownerExists(db: Kysely<Database>): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'owner')
    .executeTakeFirst();
  return row !== undefined;
}
