import { z } from 'zod';
import { appointmentWire } from './appointments.ts';

const common = {
  today: z.string().describe('The clinic’s date today, YYYY-MM-DD.'),
  timezone: z.string(),
  week_from: z.string().describe('Monday of this week.'),
  week_to: z.string().describe('Sunday of this week.'),
};

/** The landing page of a patient: their own visits only. */
export const patientDashboardWire = z.object({
  role: z.literal('patient'),
  ...common,
  next_appointment: appointmentWire.nullable(),
  upcoming: z
    .array(appointmentWire)
    .describe('The following active appointments, after the next one.'),
  pending_count: z.number().int(),
});
export type PatientDashboardWire = z.output<typeof patientDashboardWire>;

/** A visit of tomorrow whose patient has not said they will come: the front desk phones. */
export const unconfirmedVisitWire = appointmentWire.extend({
  patient_phone: z
    .string()
    .describe('The patient’s phone, else their guardian’s; "" when neither gave one.'),
});
export type UnconfirmedVisitWire = z.output<typeof unconfirmedVisitWire>;

/** The landing page of owner and staff. */
export const teamDashboardWire = z.object({
  role: z.literal('team'),
  ...common,
  schedule: z
    .array(appointmentWire)
    .describe('Today’s appointments in time order, cancelled ones left out.'),
  pending: z
    .array(appointmentWire)
    .describe('Upcoming pending requests, earliest first (at most 20).'),
  unconfirmed_tomorrow: z
    .array(unconfirmedVisitWire)
    .describe(
      'Tomorrow’s pending and confirmed visits (the clinic’s tomorrow) whose patient has not confirmed they will come, in time order.',
    ),
  counts: z.object({
    today: z.number().int(),
    this_week: z.number().int(),
    pending: z.number().int(),
  }),
  week_outcomes: z
    .object({ completed: z.number().int(), cancelled: z.number().int(), no_show: z.number().int() })
    .nullable()
    .describe('Owner only; null for staff.'),
});
export type TeamDashboardWire = z.output<typeof teamDashboardWire>;

export const dashboardWire = z.discriminatedUnion('role', [
  patientDashboardWire,
  teamDashboardWire,
]);
export type DashboardWire = z.output<typeof dashboardWire>;
