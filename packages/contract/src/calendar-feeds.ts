import { z } from 'zod';

const instant = z.string().describe('An instant, ISO 8601 in UTC.');

/** What the person (or the owner, for a dentist) sees of a feed: never its address again. */
export const calendarFeedWire = z.object({
  kind: z
    .enum(['patient', 'dentist'])
    .nullable()
    .describe(
      'Which calendar the person has: `patient` (their visits and their dependants’), `dentist` (the visits they see); null when they can have none.',
    ),
  active: z.boolean().describe('Whether a feed address works now.'),
  created_at: instant.nullable().describe('When the working address was made; null without one.'),
  last_used_at: instant
    .nullable()
    .describe('When a calendar last fetched it, to within an hour; null when none has yet.'),
});
export type CalendarFeedWire = z.output<typeof calendarFeedWire>;

/** The answer to making a feed: the only time its address is shown. */
export const createdCalendarFeedWire = calendarFeedWire.extend({
  url: z
    .string()
    .describe('The private address, `https://…/api/calendar-feeds/<token>.ics`. Shown only now.'),
  webcal_url: z
    .string()
    .describe('The same address as `webcal://…`, which calendar applications open to subscribe.'),
});
export type CreatedCalendarFeedWire = z.output<typeof createdCalendarFeedWire>;

/** 256 random bits, base64url: 43 characters. */
export const calendarFeedTokenParams = z.object({
  token: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/, 'Not a calendar feed address.')
    .describe('The secret token the feed’s address carries.'),
});
