import { z } from 'zod';

/** The query of every paged list; spread into the list's own query schema. */
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

/** A page of a list as the API answers it: DRF-style links keep the request's other filters. */
export interface PagedWire<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}
