import type { Span } from '../../../core/index.js';
import { firstAbove, firstAtLeast, partitionPoint } from '../../common/sorted-search.js';

/**
 * How many candidates a lookup before an offset walks back over. Speakers are looked up for every
 * quote and bare role: a walk from the start of the document each time would cost the square of
 * its length (thousands of "said the minister" with no one the role could stand for); a document
 * that names this many candidates between a speaker and the quote is beyond any reader's reach.
 */
export const LOOKBACK = 500;

/**
 * Spans sorted by start, with the running maximum of their ends: answers "the last one before this
 * offset that fits" by a binary search and a short walk back, as the walk from the start it stands
 * for (`for (m of items) { if (m.end > offset) break; … }`) would, without that walk.
 */
export class SortedMentions<T extends Span> {
  private readonly maxEnd: number[] = [];

  constructor(
    readonly items: readonly T[],
    /** For items picked from a longer sorted list: where each stands in it. */
    private readonly positions?: readonly number[],
  ) {
    let max = -Infinity;
    for (const item of items) this.maxEnd.push((max = Math.max(max, item.end)));
  }

  /** Of the first `count` items of the list these were picked from, how many are here. */
  countAmongFirst(count: number): number {
    return firstAtLeast(this.positions!, count);
  }

  /** How many items a walk from the start visits before it meets one ending after `offset`. */
  countEndingBy(offset: number): number {
    return firstAbove(this.maxEnd, offset);
  }

  /** The index of the first item starting at or after `offset`. */
  firstStartingFrom(offset: number): number {
    return partitionPoint(this.items.length, (i) => this.items[i]!.start < offset);
  }

  /**
   * The last item of the walk up to `offset` that `fits`, starting at or after `from` and ending
   * within `reach` characters of the offset. `count` is how many items the walk visits, when it
   * is another list's walk that stops (see `countAmongFirst`).
   */
  lastBefore(
    offset: number,
    fits: (item: T) => boolean,
    from = -Infinity,
    reach = Infinity,
    count = this.countEndingBy(offset),
  ): T | undefined {
    for (let i = count - 1; i >= Math.max(0, count - LOOKBACK); i--) {
      // No earlier item ends later than maxEnd[i], nor starts later than this one.
      if (offset - this.maxEnd[i]! > reach) return undefined;
      const item = this.items[i]!;
      if (item.start < from) return undefined;
      if (offset - item.end <= reach && fits(item)) return item;
    }
    return undefined;
  }
}
