import type { PagedWire } from '@clinic/contract';
import type { FastifyInstance, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyInstance {
    /** PUBLIC_URL without a trailing slash, or '' for links relative to the server's root. */
    publicBaseUrl: string;
  }
}

/**
 * Links the API hands out start at PUBLIC_URL, else at the server's root. They are never
 * built from the request's Host header: anyone can send `Host: evil.example`, and a link a
 * cache or a client keeps would lead there.
 */
export function registerPublicUrl(app: FastifyInstance, publicUrl: string | undefined): void {
  app.decorate('publicBaseUrl', publicUrl?.replace(/\/+$/, '') ?? '');
}

/** Builds a DRF-style page whose next/previous links keep the request's other filters. */
export function toPage<T>(
  request: FastifyRequest,
  results: T[],
  count: number,
  page: number,
  pageSize: number,
): PagedWire<T> {
  // Only the query string changes, so only it is parsed: a whole URL parse per link was a
  // visible share of a list page's CPU.
  const queryAt = request.url.indexOf('?');
  const path = queryAt === -1 ? request.url : request.url.slice(0, queryAt);
  const base = request.server.publicBaseUrl ?? '';
  const linkTo = (target: number) => {
    const query = new URLSearchParams(queryAt === -1 ? '' : request.url.slice(queryAt + 1));
    query.set('page', String(target));
    return `${base}${path}?${query}`;
  };
  return {
    count,
    next: page * pageSize < count ? linkTo(page + 1) : null,
    previous:
      page > 1 ? linkTo(Math.min(page - 1, Math.max(1, Math.ceil(count / pageSize)))) : null,
    results,
  };
}
