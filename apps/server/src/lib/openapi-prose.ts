/** What the API document says in words: its introduction, its tags and its statuses. */
import type { OpenAPIV3_1 } from 'openapi-types';

export const TAGS: OpenAPIV3_1.TagObject[] = [
  { name: 'auth', description: 'Registering, signing in and out, and who is signed in.' },
  { name: 'clinic', description: 'First-run setup and the clinic’s settings.' },
  { name: 'users', description: 'Accounts of the owner, the staff and the patients.' },
  {
    name: 'patients',
    description: 'A patient’s record for the team: details, medical alerts, notes and visits.',
  },
  {
    name: 'services',
    description: 'What the clinic offers: length, price, chair buffer and who performs it.',
  },
  {
    name: 'schedule',
    description:
      'Dentists’ weekly working hours and the exceptions to them: closures, time off, extra hours.',
  },
  {
    name: 'availability',
    description:
      'Free times for a service, and each day’s working hours, from the schedule and the book.',
  },
  {
    name: 'appointments',
    description: 'The appointment book: requests, bookings, changes and their history.',
  },
  {
    name: 'answers',
    description:
      'A patient’s answer to a message about their visit, through its link: "I’ll be there" or "I can’t come", without signing in.',
  },
  { name: 'dashboard', description: 'Each role’s landing page in one request.' },
  {
    name: 'messages',
    description:
      'Emails and texts about visits: what became of each, texts from patients, the text provider’s webhooks and unsubscribing.',
  },
  { name: 'audit', description: 'The owner’s log of every change, append-only.' },
  { name: 'reports', description: 'Utilisation, no-show and cancellation rates per dentist.' },
  {
    name: 'inbox',
    description: 'Each person’s notifications (the bell): what changed for them, read or not.',
  },
  { name: 'events', description: 'Live changes to the book as Server-Sent Events.' },
  {
    name: 'calendar feeds',
    description: 'Private iCalendar feeds of a patient’s or a dentist’s visits, for calendar apps.',
  },
  { name: 'health', description: 'Whether the server and its database answer.' },
];

export const DESCRIPTION = `The dental clinic's appointment book over HTTP: snake_case JSON, DRF-style paging
(\`count\`, \`next\`, \`previous\`, \`results\`; \`page\` and \`page_size\`, at most 200) and
RFC 9457 problem details for every error.

**Signing in.** \`POST /api/auth/login\` answers a token and sets the \`clinic_session\` cookie.
Send the token as \`Authorization: Bearer <token>\`, or let a browser send the cookie. A write
carrying only the cookie must come from the server's own origin, else it is refused with 403
\`cross_origin\`. Operations marked with no security requirement are public.

**Errors.** Every error is \`application/problem+json\` with \`type\`, \`title\`, \`status\`,
\`detail\` and a stable machine-readable \`code\`; invalid input also lists \`errors\` per field.
Every write (POST, PATCH, DELETE) may get 400 \`invalid_json\` for a body announced as JSON
that is not (an empty one included), 413 \`payload_too_large\` for a body over 100 KB and 415
\`unsupported_media_type\` for a body of another type, even where it reads no body; a GET's
body is ignored. Beyond what each operation lists, any request may get:
- 404 \`not_found\` for a path the API does not have, and also for a method a known path does not
  support (for example \`PUT /api/appointments/1\`): the server does not answer 405;
- 408 (without a body) when the whole request has not arrived within 30 seconds;
- 500 \`internal_error\` when something fails on the server's side (it is logged).

**Time.** Dates (\`YYYY-MM-DD\`) and times (\`HH:MM\`, 24-hour clock) of appointments and opening
hours are the clinic's wall clock, in its time zone (\`GET /api/clinic\`); instants such as
\`created_at\` are UTC, RFC 3339.

Every answer carries an \`X-Request-Id\` header, also in the server's logs: the client's own
when it sent a short, plain one (letters, digits, \`.\`, \`_\`, \`-\`; at most 64), else a new one.`;

export const STATUS_DESCRIPTIONS: Record<string, string> = {
  '200': 'OK.',
  '201': 'Created.',
  '204': 'Done; no content.',
  '400':
    'Invalid input (`validation_error`, with `errors` per field) or malformed JSON (`invalid_json`).',
  '401': 'Not signed in, or the session has ended (`not_authenticated`).',
  '403':
    'The signed-in user may not do this (`forbidden`), or a cross-site write carried only the session cookie (`cross_origin`).',
  '404': 'No such record, or one the signed-in user may not see (`not_found`).',
  '409':
    'Refused because of the current state (`code` says why). A booking outside the free times gets `outside_availability` with `nearest_slots`, up to 3 free times nearest the one asked for; a patient’s cancellation or move after the clinic’s cut-off gets `too_late`.',
  '412':
    'The record changed since the version named in `If-Match` (`precondition_failed`); `current` is the record now.',
  '413': 'The body is larger than 100 KB (`payload_too_large`).',
  '415': 'The body is not `application/json` (`unsupported_media_type`).',
  '429': 'Too many attempts (`too_many_attempts`); retry after the `Retry-After` seconds.',
  '503': 'Unavailable for now (`code` says why); retry after the `Retry-After` seconds.',
};

/** Statuses answered with a body of their own rather than problem details (/healthz). */
export const OTHER_DESCRIPTIONS: Record<string, string> = {
  '503': 'The database does not answer.',
};
