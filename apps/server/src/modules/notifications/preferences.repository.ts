import type {
  MessageChannel,
  MessagePreferences,
  MessageTopic,
  StoredChannelPreferences,
} from '@clinic/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** The topics the person chose for, per channel; those missing take their default. */
export async function storedChannelPreferences(
  db: Kysely<Database>,
  userId: number,
): Promise<StoredChannelPreferences> {
  const rows = await db
    .selectFrom('messagePreferences')
    .select(['topic', 'email', 'sms'])
    .where('userId', '=', userId)
    .execute();
  const email: Partial<MessagePreferences> = {};
  const sms: Partial<MessagePreferences> = {};
  for (const row of rows) {
    email[row.topic] = row.email === 1;
    if (row.sms !== null) sms[row.topic] = row.sms === 1;
  }
  return { email, sms };
}

/** Writes one topic's choice on every channel (each as it now applies). */
export async function saveMessagePreference(
  trx: Kysely<Database>,
  row: {
    userId: number;
    topic: MessageTopic;
    choices: Record<MessageChannel, boolean>;
    updatedAt: number;
  },
): Promise<void> {
  const values = {
    userId: row.userId,
    topic: row.topic,
    email: row.choices.email ? 1 : 0,
    sms: row.choices.sms ? 1 : 0,
    updatedAt: row.updatedAt,
  };
  await trx
    .insertInto('messagePreferences')
    .values(values)
    .onConflict((oc) =>
      oc
        .columns(['userId', 'topic'])
        .doUpdateSet({ email: values.email, sms: values.sms, updatedAt: row.updatedAt }),
    )
    .execute();
}
