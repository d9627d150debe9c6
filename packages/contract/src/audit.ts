import { AUDIT_ACTIONS, AUDIT_SUBJECTS } from '@clinic/domain';
import { z } from 'zod';
import { clinicDayField } from './clinic-day.ts';
import { pagingQuery } from './paging.ts';

export const auditLogQuery = z.object({
  actor: z.coerce.number().int().positive().optional().describe('Changes made by this user.'),
  action: z.enum(AUDIT_ACTIONS).optional(),
  subject: z.enum(AUDIT_SUBJECTS).optional().describe('Only changes to this kind of record.'),
  appointment: z.coerce.number().int().positive().optional(),
  date_from: clinicDayField.optional().describe('First clinic day of the changes shown.'),
  date_to: clinicDayField.optional().describe('Last clinic day of the changes shown.'),
  ...pagingQuery,
});

/**
 * One change in the owner's audit log. `changes` uses the field names of its subject;
 * `appointment` and the fields after it are set for appointment entries only.
 */
export const auditEntryWire = z.object({
  id: z.string().describe('Unique within the log; opaque.'),
  at: z.string(),
  actor: z.number().int().nullable(),
  actor_name: z.string().nullable(),
  action: z.enum(AUDIT_ACTIONS),
  subject: z.enum(AUDIT_SUBJECTS),
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
