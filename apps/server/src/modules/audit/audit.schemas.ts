import { z } from 'zod';
import { clinicDayField } from '../../lib/clinic-days.ts';
import { pagingQuery } from '../../lib/paging.ts';

// `locked`: an account's sign-in refused for a while after failed attempts (no actor).
const ACTIONS = ['created', 'updated', 'deleted', 'locked'] as const;
const SUBJECTS = ['appointment', 'account', 'service', 'clinic'] as const;

export const auditLogQuery = z.object({
  actor: z.coerce.number().int().positive().optional().describe('Changes made by this user.'),
  action: z.enum(ACTIONS).optional(),
  subject: z.enum(SUBJECTS).optional().describe('Only changes to this kind of record.'),
  appointment: z.coerce.number().int().positive().optional(),
  date_from: clinicDayField.optional().describe('First clinic day of the changes shown.'),
  date_to: clinicDayField.optional().describe('Last clinic day of the changes shown.'),
  ...pagingQuery,
});

export const auditEntryWire = z.object({
  id: z.string().describe('Unique within the log; opaque.'),
  at: z.string(),
  actor: z.number().int().nullable(),
  actor_name: z.string().nullable(),
  action: z.enum(ACTIONS),
  subject: z.enum(SUBJECTS),
  subject_id: z.number().int().nullable().describe('Null for the clinic’s settings.'),
  subject_name: z
    .string()
    .nullable()
    .describe('The patient of an appointment; the name of an account, service or clinic.'),
  appointment: z.number().int().nullable(),
  patient: z
    .number()
    .int()
    .nullable()
    .describe('An appointment’s patient, now or when deleted; null for other records.'),
  patient_name: z.string().nullable(),
  date: z.string().nullable().describe('The appointment’s date, now or when deleted.'),
  time: z.string().nullable(),
  changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])),
  reason: z.string().nullable(),
});

export type AuditEntryWire = z.output<typeof auditEntryWire>;
