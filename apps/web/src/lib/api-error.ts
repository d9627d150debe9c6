import type { ParseKeys } from 'i18next';
import { camelizeKeys, snakeToCamel } from './case';
import { currentLanguage, i18n } from './i18n';

/** An RFC 9457 problem document, as the server sends it. */
interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  errors?: Record<string, string>;
  /** With 412: the resource as it is now, after someone else's change. */
  current?: unknown;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string | undefined;
  /** Field messages keyed by the app's camelCase field names. */
  readonly fieldErrors: Record<string, string>;
  readonly retryAfterSeconds: number | undefined;
  /** With 412 (precondition_failed): the resource as the server holds it now, camelCased. */
  readonly current: unknown;

  constructor(options: {
    status: number;
    message: string;
    code?: string | undefined;
    fieldErrors?: Record<string, string>;
    retryAfterSeconds?: number | undefined;
    current?: unknown;
  }) {
    super(options.message);
    this.name = 'ApiError';
    this.status = options.status;
    this.code = options.code;
    this.fieldErrors = options.fieldErrors ?? {};
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.current = options.current;
  }
}

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

export async function apiErrorFromResponse(response: Response): Promise<ApiError> {
  let problem: ProblemDetails = {};
  try {
    problem = (await response.json()) as ProblemDetails;
  } catch {
    // A proxy or a crashed server may answer with HTML; the status alone must then do.
  }
  const fieldErrors = Object.fromEntries(
    Object.entries(problem.errors ?? {}).map(([field, message]) => [snakeToCamel(field), message]),
  );
  return new ApiError({
    status: response.status,
    message:
      problem.detail ??
      problem.title ??
      i18n.t('errors.requestFailed', { status: response.status }),
    code: problem.code,
    fieldErrors,
    retryAfterSeconds: parseRetryAfter(response.headers.get('Retry-After')),
    current: camelizeKeys(problem.current),
  });
}

export function networkError(): ApiError {
  return new ApiError({
    status: 0,
    message: i18n.t('errors.network'),
  });
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/** Codes whose meaning the interface can say in every language, whatever the server wrote. */
const translatedCodes = {
  double_booking: 'errors.doubleBooking',
  outside_availability: 'errors.outsideAvailability',
  invalid_transition: 'errors.invalidTransition',
  precondition_failed: 'errors.preconditionFailed',
  forbidden: 'errors.forbidden',
  not_found: 'errors.notFound',
  email_taken: 'errors.emailTaken',
  already_set_up: 'errors.alreadySetUp',
  open_request_limit: 'errors.openRequestLimit',
  too_late: 'errors.tooLate',
  in_use: 'errors.inUse',
  validation_error: 'errors.validation',
  not_authenticated: 'errors.unauthenticated',
  email_unverified: 'errors.emailUnverified',
} as const satisfies Record<string, ParseKeys<'common'>>;

function isTranslatedCode(code: string | undefined): code is keyof typeof translatedCodes {
  return code !== undefined && Object.hasOwn(translatedCodes, code);
}

/**
 * What to tell the user about a failed request. The server writes English, often with the
 * particulars ("Dr. Reed is already booked from 09:30…"), so English readers get its words; in
 * another language a known code, a refusal to retry yet or a lost connection is said in that
 * language, and anything else keeps the server's words.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return i18n.t('notify.tryAgain');
  if (!isApiError(error)) return error.message;
  if (error.status === 0) return i18n.t('errors.network');
  if (currentLanguage() === 'en') return error.message;
  if (error.status === 429) {
    return error.retryAfterSeconds === undefined
      ? i18n.t('errors.rateLimitedLater')
      : i18n.t('errors.rateLimited', { count: Math.ceil(error.retryAfterSeconds) });
  }
  if (isTranslatedCode(error.code)) return i18n.t(translatedCodes[error.code]);
  return error.message;
}
