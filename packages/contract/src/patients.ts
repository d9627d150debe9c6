import { z } from 'zod';
import { appointmentWire } from './appointments.ts';
import { userWire } from './users.ts';

/** How many of a patient's visits, newest first, one record answer carries. */
export const RECORD_VISITS_SHOWN = 100;

export const patientRecordWire = z.object({
  /** The account with every field of the patient's record. */
  patient: userWire,
  visits: z
    .array(appointmentWire)
    .describe(
      `The patient’s appointments, newest first, at most ${RECORD_VISITS_SHOWN}; older ones through GET /api/appointments?patient=.`,
    ),
  dependants: z
    .array(userWire)
    .describe('The people this patient books for, by name; empty for most patients.'),
  counts: z
    .object({
      visits: z.number().int().describe('Every appointment of the patient, whatever its status.'),
      completed: z.number().int(),
      no_show: z.number().int(),
      cancelled: z.number().int(),
      upcoming: z.number().int().describe('Pending or confirmed, not yet started.'),
    })
    .describe('Counted over all the patient’s appointments, not only those listed.'),
});
export type PatientRecordWire = z.output<typeof patientRecordWire>;
