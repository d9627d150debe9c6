/** Error codes are part of the API: clients branch on them, so never rename one. */
export type ErrorCode =
  | 'validation_error'
  | 'invalid_json'
  | 'not_authenticated'
  | 'forbidden'
  | 'cross_origin'
  | 'not_found'
  | 'email_taken'
  | 'already_set_up'
  | 'in_use'
  | 'conflict'
  | 'double_booking'
  | 'time_zone_overlap'
  | 'invalid_transition'
  | 'precondition_failed'
  | 'open_request_limit'
  | 'too_late'
  | 'outside_availability'
  | 'already_closed'
  | 'not_a_patient'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'too_many_attempts'
  | 'too_many_streams'
  | 'family_link'
  | 'email_unverified'
  | 'link_invalid'
  | 'link_used'
  | 'link_expired'
  | 'visit_moved'
  | 'mail_off'
  | 'sms_off'
  | 'nothing_to_confirm'
  | 'internal_error';

/** An expected failure: the error handler answers it as problem details with its status. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly title: string,
    readonly detail: string,
    readonly fieldErrors?: Record<string, string>,
    readonly headers?: Record<string, string>,
    /** Extension members of the problem (RFC 9457 §3.2), for clients that act on them. */
    readonly extensions?: Record<string, unknown>,
  ) {
    super(detail);
  }
}

export const badRequest = (detail: string, fieldErrors?: Record<string, string>) =>
  new AppError(400, 'validation_error', 'Invalid input', detail, fieldErrors);

export const notAuthenticated = (detail = 'Sign in to continue.') =>
  new AppError(401, 'not_authenticated', 'Not signed in', detail);

export const forbidden = (detail = 'You are not allowed to do this.') =>
  new AppError(403, 'forbidden', 'Forbidden', detail);

export const notFound = (what = 'Resource') =>
  new AppError(404, 'not_found', 'Not found', `${what} not found.`);

export const conflict = (code: ErrorCode, detail: string, fieldErrors?: Record<string, string>) =>
  new AppError(409, code, 'Conflict', detail, fieldErrors);

/** The client changed what it last saw, but someone changed it since; `current` is now. */
export const preconditionFailed = (detail: string, current: unknown) =>
  new AppError(412, 'precondition_failed', 'Precondition failed', detail, undefined, undefined, {
    current,
  });

export const tooManyAttempts = (retryAfterSeconds: number) =>
  new AppError(
    429,
    'too_many_attempts',
    'Too many attempts',
    `Too many attempts. Try again in ${retryAfterSeconds} seconds.`,
    undefined,
    { 'retry-after': String(retryAfterSeconds) },
  );
