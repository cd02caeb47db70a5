import { z } from 'zod';
import { InputError } from '../core/index.js';
import type { Page } from '../core/api/index.js';

/** The sort key of a list's item: compared element by element, numbers as numbers and strings by code unit. */
export type SortKey = readonly (string | number)[];

const sortKey = z
  .array(z.union([z.string(), z.number()]))
  .min(1)
  .max(8);

/** An opaque cursor: the sort key of the last item a page gave. */
export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** The sort key a cursor holds; a 400 when it is not one this server gave out. */
export function decodeCursor(cursor: string): SortKey {
  try {
    return sortKey.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch (error) {
    throw new InputError('cursor', 'is not a cursor a page of this list gave', { cause: error });
  }
}

/** The sort key a cursor holds, checked against the shape the list's key has (e.g. [number, string]). */
export function cursorKey<T extends z.ZodTuple>(cursor: string | undefined, shape: T): z.infer<T> | null {
  if (cursor === undefined) return null;
  const parsed = shape.safeParse(decodeCursor(cursor));
  if (!parsed.success) throw new InputError('cursor', 'is not a cursor a page of this list gave');
  return parsed.data;
}

function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * A page of a list held in memory: the items after the cursor's key, in the order of `key` (the
 * list is sorted by it here, so callers need not). Keys are unique, so a list that grows between
 * pages repeats and loses nothing it had.
 */
export function pageInMemory<T>(
  items: readonly T[],
  key: (item: T) => SortKey,
  query: { limit: number; cursor?: string | undefined },
): Page<T> {
  const keyed = items.map((item) => ({ item, key: key(item) })).sort((a, b) => compareKeys(a.key, b.key));
  const after = query.cursor === undefined ? null : decodeCursor(query.cursor);
  let first = 0;
  if (after) {
    // The first item whose key is past the cursor's.
    let high = keyed.length;
    while (first < high) {
      const middle = (first + high) >>> 1;
      if (compareKeys(keyed[middle]!.key, after) <= 0) first = middle + 1;
      else high = middle;
    }
  }
  const chosen = keyed.slice(first, first + query.limit);
  const last = chosen[chosen.length - 1];
  const more = first + query.limit < keyed.length;
  return {
    items: chosen.map((k) => k.item),
    nextCursor: more && last ? encodeCursor(last.key) : null,
    total: keyed.length,
  };
}

/**
 * A page of a list the store keeps in an index's order: asks for one row more than the limit to
 * learn whether a next page exists, and counts the whole list beside it.
 */
export async function pageFromStore<T, K extends SortKey>(
  query: { limit: number; after: K | null },
  read: (after: K | null, limit: number) => Promise<T[]>,
  key: (item: T) => K,
  count: () => Promise<number>,
): Promise<Page<T>> {
  const [rows, total] = await Promise.all([read(query.after, query.limit + 1), count()]);
  const items = rows.slice(0, query.limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > query.limit && last ? encodeCursor(key(last)) : null, total };
}
