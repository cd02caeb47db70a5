/**
 * The first index of `0 … length` at which `before(i)` is false, for a list ordered so that it is true for a
 * prefix and false after it (a binary search).
 */
export function partitionPoint(length: number, before: (index: number) => boolean): number {
  let [low, high] = [0, length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The index of the first value at least `value` in an ascending list (its length if none). */
export const firstAtLeast = (sorted: ArrayLike<number>, value: number): number =>
  partitionPoint(sorted.length, (i) => sorted[i]! < value);

/** The index of the first value greater than `value` in an ascending list (its length if none). */
export const firstAbove = (sorted: ArrayLike<number>, value: number): number =>
  partitionPoint(sorted.length, (i) => sorted[i]! <= value);
