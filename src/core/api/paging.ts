import { z } from 'zod';

/** Items a list returns when the request names no limit. */
export const DEFAULT_PAGE_LIMIT = 50;
/** The most items one request may ask a list for. */
export const MAX_PAGE_LIMIT = 500;

/** `limit` and `cursor`, the query every paged list takes. */
export const pageQuery = z.object({
  limit: z.coerce
    .number()
    .int('is not a whole number')
    .min(1, 'is below 1')
    .max(MAX_PAGE_LIMIT, `is over ${MAX_PAGE_LIMIT}`)
    .default(DEFAULT_PAGE_LIMIT)
    .describe(`how many items (default ${DEFAULT_PAGE_LIMIT}, at most ${MAX_PAGE_LIMIT})`),
  cursor: z.string().min(1).max(1000).optional().describe('the nextCursor of the previous page; none for the first'),
});

/** A page of a list: its items, the cursor of the next page (null on the last), and how many there are in all. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z.string().nullable(),
    total: z.number().int().min(0),
  });

/** A page of items, as the web client reads one. */
export interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
  readonly total: number;
}
