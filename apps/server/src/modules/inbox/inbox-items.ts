import {
  type AppointmentStatus,
  type InboxKind,
  inboxItemsFor,
  inboxMessageText,
  patientInboxRecipients,
  teamInboxRecipients,
} from '@clinic/domain';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context.ts';
import type { Database } from '../../db/schema.ts';
import { activeTeam, insertInboxItems, patientAndGuardian } from './inbox.repository.ts';

/**
 * What an item keeps besides ids, as JSON, in the wire's own names: what the row cannot point
 * at because it changes or belongs to no table (the visit's time then, a patient's message).
 */
export interface InboxPayload {
  date?: string;
  time?: string;
  previous_date?: string;
  previous_time?: string;
  message?: string;
  sender?: string;
}

/** One item to write, for one person. */
export interface InboxItem {
  userId: number;
  kind: InboxKind;
  appointmentId: number | null;
  patientId: number | null;
  actorId: number | null;
  payload: InboxPayload;
  createdAt: number;
}

/**
 * Writes items in the caller's transaction, so they exist exactly when the change does; answers
 * whom they are for, to announce once it commits (announceInboxChange).
 */
export async function addInboxItems(
  trx: Kysely<Database>,
  items: readonly InboxItem[],
): Promise<number[]> {
  await insertInboxItems(
    trx,
    items.map((item) => ({ ...item, payload: JSON.stringify(item.payload), readAt: null })),
  );
  return [...new Set(items.map((item) => item.userId))];
}

/**
 * Tells the front desk (the owner and the staff who are not dentists) of a patient's message that
 * needs a person, in the caller's transaction: a reply to a text message that asked for nothing
 * the clinic answers by itself. The visit's dentist hears too when it is about a visit.
 */
export async function notifyFrontDesk(
  trx: Kysely<Database>,
  message: {
    text: string;
    sender: string;
    patientId: number | null;
    appointmentId: number | null;
    dentistId?: number | null;
    now: number;
  },
): Promise<number[]> {
  const team = await activeTeam(trx);
  const recipients = teamInboxRecipients(
    team.map((m) => ({ ...m, isDentist: m.isDentist === 1, isActive: m.isActive === 1 })),
    [message.dentistId ?? null],
  );
  return addInboxItems(
    trx,
    recipients.map((userId) => ({
      userId,
      kind: 'patient_message',
      appointmentId: message.appointmentId,
      patientId: message.patientId,
      actorId: null,
      payload: { message: inboxMessageText(message.text), sender: message.sender },
      createdAt: message.now,
    })),
  );
}

/** A visit as far as the bell goes: its state and when and with whom it is. */
export interface InboxVisitState {
  status: AppointmentStatus;
  startsAt: number;
  date: string;
  time: string;
  dentistId: number | null;
}

export interface AppointmentInboxChange {
  appointmentId: number;
  patientId: number;
  /** Who made the change: the patient, their guardian, or someone of the team. */
  actorId: number;
  byPatient: boolean;
  before: InboxVisitState | null;
  after: InboxVisitState;
  now: number;
}

/**
 * The bell's items a change to an appointment makes, written in its transaction beside the
 * emails (decision 043). Works without a mail server. Answers whom they are for.
 */
export async function addAppointmentInboxItems(
  trx: Kysely<Database>,
  change: AppointmentInboxChange,
): Promise<number[]> {
  // The reminder lead time only plans reminders, which the bell leaves to messages.
  const planned = inboxItemsFor({ ...change, reminderLeadHours: 0 });
  if (planned.length === 0) return [];
  const { before, after } = change;
  const moved = before !== null && (before.date !== after.date || before.time !== after.time);
  const payload: InboxPayload = {
    date: after.date,
    time: after.time,
    ...(moved && { previous_date: before.date, previous_time: before.time }),
  };
  const items: InboxItem[] = [];
  for (const { kind, to } of planned) {
    const recipients =
      to === 'front_desk'
        ? await teamRecipients(trx, [before?.dentistId ?? null, after.dentistId])
        : await patientRecipients(trx, change.patientId);
    for (const userId of recipients) {
      // Nobody is told of what they did themselves (a guardian who is also on the team).
      if (userId === change.actorId) continue;
      items.push({
        userId,
        kind,
        appointmentId: change.appointmentId,
        patientId: change.patientId,
        actorId: change.actorId,
        payload,
        createdAt: change.now,
      });
    }
  }
  return addInboxItems(trx, items);
}

async function teamRecipients(
  trx: Kysely<Database>,
  dentistIds: (number | null)[],
): Promise<number[]> {
  const team = await activeTeam(trx);
  return teamInboxRecipients(
    team.map((m) => ({ ...m, isDentist: m.isDentist === 1, isActive: m.isActive === 1 })),
    dentistIds,
  );
}

async function patientRecipients(trx: Kysely<Database>, patientId: number): Promise<number[]> {
  const row = await patientAndGuardian(trx, patientId);
  if (!row) return [];
  return patientInboxRecipients(
    {
      id: row.id,
      guardianId: row.guardianId,
      hasEmail: row.email !== null,
      isActive: row.isActive === 1,
    },
    row.guardianUserId === null
      ? undefined
      : { id: row.guardianUserId, isActive: row.guardianIsActive === 1 },
  );
}

/**
 * Tells these people's open pages, in every server process, that their bells changed. Called
 * once the transaction that wrote or read their items has committed.
 */
export async function announceInboxChange(ctx: AppContext, userIds: number[]): Promise<void> {
  if (userIds.length === 0) return;
  await ctx.events.publish({ type: 'inbox.changed', userIds });
}
