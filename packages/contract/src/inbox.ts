import { INBOX_KINDS } from '@clinic/domain';
import { z } from 'zod';

const instant = z.string().describe('An instant, ISO 8601 in UTC.');
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const itemId = z.number().int().positive();

/** The most items one page of the bell holds. */
export const MAX_INBOX_PAGE_SIZE = 100;
/** The most items one request marks as read by id. */
export const MAX_INBOX_READ_IDS = 200;

export const inboxQuery = z.object({
  unread: flag.optional().describe('`true`: only the items not read yet.'),
  cursor: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .describe(
      'Where the page starts: take it from the `next` link of the page before. Without it, the newest items.',
    ),
  page_size: z.coerce.number().int().min(1).max(MAX_INBOX_PAGE_SIZE).default(20),
});

/**
 * One item of a person's bell. The text is the client's to write, in its reader's language,
 * from `kind` and the fields: the people's names as they are now, and the visit's time as it was
 * when the item was made.
 */
export const inboxItemWire = z.object({
  id: z.number().int(),
  kind: z
    .enum(INBOX_KINDS)
    .describe(
      'For the team: `request_received`, `patient_cancelled`, `patient_moved` (a patient did it) and `patient_message` (a patient wrote); for a patient: `appointment_confirmed`, `appointment_moved`, `appointment_cancelled` (the clinic did it).',
    ),
  created_at: instant,
  read: z.boolean(),
  read_at: instant.nullable(),
  appointment: z
    .number()
    .int()
    .nullable()
    .describe('The appointment it is about; null for a message about none.'),
  patient: z.number().int().nullable().describe('Whose visit or message it is about.'),
  patient_name: z.string().nullable(),
  actor: z.number().int().nullable().describe('Who made the change; null for a message.'),
  actor_name: z
    .string()
    .nullable()
    .describe('The person who made the change: the patient, their guardian, or the team member.'),
  date: z
    .string()
    .nullable()
    .describe('The visit’s clinic-local `YYYY-MM-DD` once changed (for a move: its new date).'),
  time: z.string().nullable().describe('The visit’s clinic-local `HH:MM` once changed.'),
  previous_date: z.string().nullable().describe('For a move: the date it had before.'),
  previous_time: z.string().nullable().describe('For a move: the time it had before.'),
  message: z.string().nullable().describe('For `patient_message`: what the patient wrote.'),
  sender: z
    .string()
    .nullable()
    .describe('For `patient_message`: where it came from, such as a phone number.'),
});
export type InboxItemWire = z.output<typeof inboxItemWire>;

export const inboxPageWire = z.object({
  count: z.number().int().describe('How many items match, across every page.'),
  next: z.string().nullable().describe('The next, older page; null on the last.'),
  previous: z
    .string()
    .nullable()
    .describe('Always null: the pages go back in time; the first is the list without a cursor.'),
  results: z.array(inboxItemWire).describe('Newest first.'),
});
export type InboxPageWire = z.output<typeof inboxPageWire>;

export const unreadCountWire = z.object({
  unread: z.number().int().describe('How many of the person’s items are not read yet.'),
});
export type UnreadCountWire = z.output<typeof unreadCountWire>;

export const inboxReadBody = z
  .object({
    ids: z
      .array(itemId)
      .max(MAX_INBOX_READ_IDS, `Mark at most ${MAX_INBOX_READ_IDS} items at once.`)
      .optional()
      .describe('These items, if they are the person’s own; any other id is ignored.'),
    all: z.literal(true).optional().describe('Every item of the person’s.'),
    up_to: itemId
      .optional()
      .describe(
        'With `all`: only the items up to this id, the newest the reader saw, so one arriving meanwhile stays unread.',
      ),
  })
  .superRefine((body, ctx) => {
    if ((body.ids === undefined) === (body.all === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['ids'],
        message: 'Send the ids of the items read, or `all: true`.',
      });
    } else if (body.up_to !== undefined && body.all === undefined) {
      ctx.addIssue({ code: 'custom', path: ['up_to'], message: '`up_to` goes with `all: true`.' });
    }
  })
  .describe('Marks items read; marking an item already read changes nothing.');
export type InboxReadBody = z.output<typeof inboxReadBody>;
export type InboxReadRequest = z.input<typeof inboxReadBody>;
