import { z } from 'zod';
import { appointmentWire } from '../appointments/index.ts';

const common = {
  today: z.string().describe('The clinic’s date today, YYYY-MM-DD.'),
  timezone: z.string(),
  week_from: z.string().describe('Monday of this week.'),
  week_to: z.string().describe('Sunday of this week.'),
};

export const patientDashboardWire = z.object({
  role: z.literal('patient'),
  ...common,
  next_appointment: appointmentWire.nullable(),
  upcoming: z
    .array(appointmentWire)
    .describe('The following active appointments, after the next one.'),
  pending_count: z.number().int(),
});

export const teamDashboardWire = z.object({
  role: z.literal('team'),
  ...common,
  schedule: z
    .array(appointmentWire)
    .describe('Today’s appointments in time order, cancelled ones left out.'),
  pending: z
    .array(appointmentWire)
    .describe('Upcoming pending requests, earliest first (at most 20).'),
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

export const dashboardWire = z.discriminatedUnion('role', [
  patientDashboardWire,
  teamDashboardWire,
]);
