import { z } from 'zod';
import { clinicDayField } from './clinic-day.ts';

/**
 * `GET /api/availability`: the start times at which a service fits, per day. Every day of the
 * range is listed, with no slots when none is free, so a calendar can disable it.
 */
export const availabilityQuery = z.object({
  service: z.coerce.number().int().positive(),
  dentist: z
    .union([z.literal('any'), z.coerce.number().int().positive()])
    .default('any')
    .describe('A dentist’s id, or `any` for every dentist who performs the service.'),
  date_from: clinicDayField,
  date_to: clinicDayField,
  exclude_appointment: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .describe('Owner and staff moving an appointment: it does not block its own time.'),
});
export type AvailabilityQuery = z.output<typeof availabilityQuery>;

export const availableSlotWire = z.object({
  time: z.string(),
  end_time: z.string(),
  /** The dentists free at that time, by id; the first is the one “any dentist” would get. */
  dentists: z.array(z.number().int()),
});
export type AvailableSlotWire = z.output<typeof availableSlotWire>;

export const availabilityWire = z.object({
  service: z.number().int(),
  duration_minutes: z.number().int(),
  days: z.array(z.object({ date: z.string(), slots: z.array(availableSlotWire) })),
});
export type AvailabilityWire = z.output<typeof availabilityWire>;

/** The free times nearest a refused one, in the `outside_availability` problem. */
export const nearestSlotWire = availableSlotWire.extend({ date: z.string() });
export type NearestSlotWire = z.output<typeof nearestSlotWire>;

/** `GET /api/availability/next`: the first free time from a day on, for “next free time”. */
export const nextAvailableQuery = availabilityQuery
  .omit({ date_to: true })
  .extend({ date_from: clinicDayField });
export const nextAvailableWire = z.object({ slot: nearestSlotWire.nullable() });
