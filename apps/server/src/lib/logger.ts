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

/** `url` with any secret segment replaced by `[redacted]`, its extension kept. */
export function redactedUrl(url: string): string {
  for (const prefix of SECRET_SEGMENT_PREFIXES) {
    if (!url.startsWith(prefix)) continue;
    const rest = url.slice(prefix.length);
    const end = rest.search(/[./?#]/);
    return `${prefix}[redacted]${end === -1 ? '' : rest.slice(end)}`;
  }
  return url;
}

/** Fastify's own request serializer, with the address redacted. */
function requestForLog(request: FastifyRequest) {
  return {
    method: request.method,
    url: redactedUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket ? request.socket.remotePort : undefined,
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
