import { type Kysely, sql } from 'kysely';

// The palette as it was when this migration shipped; DENTIST_COLOURS in the domain package
// may grow later, through a migration of its own.
const PALETTE = ['grape', 'cyan', 'orange', 'indigo', 'teal', 'pink', 'lime', 'violet'];

/**
 * Each dentist's own calendar colour. Until now the web app gave colours by each active
 * dentist's place in the name-ordered list of dentists (a former dentist by id), so adding a
 * dentist recoloured everyone after them. The backfill gives every dentist the colour they
 * wear today; from now on the colour is stored and changes only when the owner changes it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('colour', 'text', (c) =>
      c.check(
        sql`colour in ('grape', 'cyan', 'orange', 'indigo', 'teal', 'pink', 'lime', 'violet')`,
      ),
    )
    .execute();
  await backfillDentistColours(db);
}

/** Gives each dentist without a colour the one the web app showed them in until now. */
export async function backfillDentistColours(db: Kysely<unknown>): Promise<void> {
  const { rows: active } = await sql<{ id: number }>`
    select id from users
    where is_dentist = 1 and is_active = 1 and role in ('owner', 'staff') and colour is null
    order by name, id`.execute(db);
  for (const [index, { id }] of active.entries()) {
    await setColour(db, id, PALETTE[index % PALETTE.length]);
  }
  const { rows: former } = await sql<{ id: number }>`
    select id from users where is_dentist = 1 and colour is null order by id`.execute(db);
  for (const { id } of former) {
    await setColour(db, id, PALETTE[Number(id) % PALETTE.length]);
  }
}

async function setColour(db: Kysely<unknown>, id: number, colour: string | undefined) {
  await sql`update users set colour = ${colour} where id = ${id}`.execute(db);
}
