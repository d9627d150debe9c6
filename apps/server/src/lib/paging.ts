import type { FastifyRequest } from 'fastify';
import { z } from 'zod';

export const pagingQuery = {
  page: z.coerce.number().int().min(1).default(1),
  page_size: z.coerce.number().int().min(1).max(200).default(50),
};

export function pagedSchema<T extends z.ZodType>(item: T) {
  return z.object({
    count: z.number().int(),
    next: z.string().nullable(),
    previous: z.string().nullable(),
    results: z.array(item),
  });
}

export interface Page<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

/** Builds a DRF-style page whose next/previous links keep the request's other filters. */
export function toPage<T>(
  request: FastifyRequest,
  results: T[],
  count: number,
  page: number,
  pageSize: number,
): Page<T> {
  const linkTo = (target: number) => {
    const url = new URL(request.url, `${request.protocol}://${request.host}`);
    url.searchParams.set('page', String(target));
    return url.toString();
  };
  return {
    count,
    next: page * pageSize < count ? linkTo(page + 1) : null,
    previous:
      page > 1 ? linkTo(Math.min(page - 1, Math.max(1, Math.ceil(count / pageSize)))) : null,
    results,
  };
}
