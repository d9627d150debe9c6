import type { MessagePreferences, MessageTopic } from '@clinic/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** The topics the person chose for; those missing take their default. */
export async function storedMessagePreferences(
  db: Kysely<Database>,
  userId: number,
): Promise<Partial<MessagePreferences>> {
  const rows = await db
    .selectFrom('messagePreferences')
    .select(['topic', 'email'])
    .where('userId', '=', userId)
    .execute();
  return Object.fromEntries(rows.map((row) => [row.topic, row.email === 1]));
}

export async function saveMessagePreference(
  trx: Kysely<Database>,
  row: { userId: number; topic: MessageTopic; email: boolean; updatedAt: number },
): Promise<void> {
  const values = { ...row, email: row.email ? 1 : 0 };
  await trx
    .insertInto('messagePreferences')
    .values(values)
    .onConflict((oc) =>
      oc
        .columns(['userId', 'topic'])
        .doUpdateSet({ email: values.email, updatedAt: row.updatedAt }),
    )
    .execute();
}
