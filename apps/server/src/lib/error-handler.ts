import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode } from './errors.ts';

interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  errors?: Record<string, string>;
  [extension: string]: unknown;
}

function sendProblem(reply: FastifyReply, problem: Problem, headers?: Record<string, string>) {
  if (headers) reply.headers(headers);
  return reply
    .code(problem.status)
    .type('application/problem+json')
    .send({ ...problem, type: `/problems/${problem.code}` });
}

function fieldErrorsFromValidation(
  validation: { instancePath: string; message?: string | undefined; params?: unknown }[],
  context: string | undefined,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of validation) {
    const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
    const field = path || (context === 'body' ? 'body' : (context ?? 'request'));
    errors[field] ??= issue.message ?? 'Invalid value.';
  }
  return errors;
}

const INVALID_JSON = {
  status: 400,
  code: 'invalid_json',
  title: 'Invalid JSON',
  detail: 'The request body is not valid JSON.',
} as const;

/** Fastify's own 4xx errors, by code, with the message a client can act on. */
const FRAMEWORK_ERRORS: Record<
  string,
  { status: number; code: ErrorCode; title: string; detail: string }
> = {
  FST_ERR_CTP_INVALID_JSON_BODY: INVALID_JSON,
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'invalid_json',
    title: 'Invalid JSON',
    detail: 'The request body is empty but JSON was announced.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: 'payload_too_large',
    title: 'Body too large',
    detail: 'The request body is larger than 100 KB.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'unsupported_media_type',
    title: 'Unsupported media type',
    detail: 'Send the request body as application/json.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'validation_error',
    title: 'Invalid input',
    detail: 'The Content-Length header does not match the body.',
  },
};

/**
 * One place turns every failure into RFC 9457 problem details. Expected errors keep their
 * status and message; anything else is logged and answered as a bare 500, so no stack trace
 * or SQL ever reaches a client.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof AppError) {
      return sendProblem(
        reply,
        {
          type: '',
          title: error.title,
          status: error.status,
          detail: error.detail,
          code: error.code,
          ...(error.fieldErrors ? { errors: error.fieldErrors } : {}),
          ...error.extensions,
        },
        error.headers,
      );
    }
    if (hasZodFastifySchemaValidationErrors(error) || error.validation) {
      const errors = fieldErrorsFromValidation(error.validation ?? [], error.validationContext);
      return sendProblem(reply, {
        type: '',
        title: 'Invalid input',
        status: 400,
        detail: `Check these fields: ${Object.keys(errors).join(', ')}.`,
        code: 'validation_error',
        errors,
      });
    }
    const known = error.code ? FRAMEWORK_ERRORS[error.code] : undefined;
    if (known) return sendProblem(reply, { type: '', ...known });
    if (error instanceof SyntaxError || (error.statusCode === 400 && !error.code)) {
      return sendProblem(reply, { type: '', ...INVALID_JSON });
    }
    if (error.statusCode === 429) {
      return sendProblem(reply, {
        type: '',
        title: 'Too many requests',
        status: 429,
        detail: 'Too many requests. Slow down and try again shortly.',
        code: 'too_many_attempts',
      });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(reply, {
        type: '',
        title: 'Bad request',
        status: error.statusCode,
        detail: 'The request could not be processed.',
        code: 'validation_error',
      });
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendProblem(reply, {
      type: '',
      title: 'Internal server error',
      status: 500,
      detail: 'Something went wrong on our side. It has been logged.',
      code: 'internal_error',
    });
  });
}

export function sendNotFoundProblem(request: FastifyRequest, reply: FastifyReply) {
  return sendProblem(reply, {
    type: '',
    title: 'Not found',
    status: 404,
    detail: `No route for ${request.method} ${request.url.split('?')[0]}.`,
    code: 'not_found',
  });
}
