import type { FastifyRequest, FastifyServerOptions } from 'fastify';

/** Request logs never carry credentials: these paths are replaced before anything is written. */
const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.token',
];

/**
 * Addresses whose next path segment is itself a credential (a calendar feed's secret, decision
 * 042): logs show the address with that segment replaced.
 */
const SECRET_SEGMENT_PREFIXES = ['/api/calendar-feeds/'];

/**
 * `url` as logged: a secret path segment replaced by `[redacted]`, its extension kept, and a
 * `token` in the query (an email's one-click unsubscribe address, decision 041) likewise.
 */
export function redactedUrl(url: string): string {
  const withoutQueryToken = url.replace(/([?&]token=)[^&#]*/g, '$1[redacted]');
  for (const prefix of SECRET_SEGMENT_PREFIXES) {
    if (!withoutQueryToken.startsWith(prefix)) continue;
    const rest = withoutQueryToken.slice(prefix.length);
    const end = rest.search(/[./?#]/);
    return `${prefix}[redacted]${end === -1 ? '' : rest.slice(end)}`;
  }
  return withoutQueryToken;
}

/** Fastify's own request serializer, with the address redacted. */
function requestForLog(request: FastifyRequest) {
  return {
    method: request.method,
    url: redactedUrl(request.url),
    version: request.headers['accept-version']?.toString(),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  if (level === 'silent') return false;
  return {
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: { req: requestForLog },
  };
}
