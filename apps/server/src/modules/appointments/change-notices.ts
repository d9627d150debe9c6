import type { Kysely } from 'kysely';
import type { AppContext } from '../../context.ts';
import type { Database } from '../../db/schema.ts';
import { type AppointmentInboxChange, addAppointmentInboxItems } from '../inbox/index.ts';
import { queueAppointmentEmails } from '../notifications/index.ts';

/**
 * What one change to an appointment tells people, written in the change's own transaction so
 * that a committed change has them and a refused one has none: the emails and texts to send,
 * and the notification bell's items. Answers whose bells rang, to announce (announceInboxChange)
 * once the transaction commits.
 */
export async function queueChangeNotices(
  trx: Kysely<Database>,
  ctx: AppContext,
  change: AppointmentInboxChange & { reminderLeadHours: number },
): Promise<number[]> {
  await queueAppointmentEmails(trx, ctx, change);
  return addAppointmentInboxItems(trx, change);
}
