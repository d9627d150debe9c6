import { camelizeKeys, snakeToCamel } from './case';

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
    message: problem.detail ?? problem.title ?? `The request failed (${response.status}).`,
    code: problem.code,
    fieldErrors,
    retryAfterSeconds: parseRetryAfter(response.headers.get('Retry-After')),
    current: camelizeKeys(problem.current),
  });
}

export function networkError(): ApiError {
  return new ApiError({
    status: 0,
    message: 'The clinic server cannot be reached. Check your connection and try again.',
  });
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
