import { z } from 'zod';
import { clinicDayField } from './clinic-day.ts';

export const appointmentReportQuery = z.object({
  date_from: clinicDayField.optional().describe('First clinic day; by default four weeks ago.'),
  date_to: clinicDayField.optional().describe('Last clinic day; by default today.'),
});

const rate = z.number().nullable();

/** One line of the appointments report: a dentist's figures, or the clinic's totals. */
const reportRow = z.object({
  dentist: z.number().int().nullable(),
  dentist_name: z.string().nullable(),
  appointments: z.number().int(),
  pending: z.number().int(),
  confirmed: z.number().int(),
  arrived: z.number().int().describe('Checked in, not yet seated.'),
  in_chair: z.number().int().describe('Seated, not yet completed.'),
  completed: z.number().int(),
  cancelled: z.number().int(),
  no_show: z.number().int(),
  booked_minutes: z
    .number()
    .int()
    .describe('Pending, confirmed, arrived, in-chair, completed and missed visits.'),
  utilisation: rate.describe('Booked minutes over opening minutes; null without a dentist.'),
  no_show_rate: rate.describe('No-shows over the visits that were due.'),
  cancellation_rate: rate.describe('Cancelled over all appointments.'),
  waited_visits: z
    .number()
    .int()
    .describe('Visits with both arrival and seating recorded: the waits measured.'),
  waiting_median_minutes: z
    .number()
    .nullable()
    .describe('Median minutes from arrival to the chair, to a tenth; null without a wait.'),
  waiting_mean_minutes: z
    .number()
    .nullable()
    .describe('Mean minutes from arrival to the chair, to a tenth; null without a wait.'),
  arrived_visits: z
    .number()
    .int()
    .describe('Visits with a recorded arrival: the base of the on-time rate.'),
  on_time_rate: rate.describe(
    'Arrivals no later than 5 minutes after the start time, over all recorded arrivals.',
  ),
});
export type ReportRowWire = z.output<typeof reportRow>;

export const appointmentReportWire = z.object({
  date_from: z.string(),
  date_to: z.string(),
  open_minutes: z.number().int().describe('The clinic’s opening minutes: one dentist’s capacity.'),
  totals: reportRow,
  dentists: z.array(reportRow),
});
export type AppointmentReportWire = z.output<typeof appointmentReportWire>;
