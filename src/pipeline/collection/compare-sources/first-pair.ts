import { firstAbove as firstAfter } from '../../common/sorted-search.js';

/**
 * The first pair of items (in the order of the list: the first item, then the second) from different
 * documents that `apart` says disagree, where whether two items disagree depends on a profile of
 * each alone (`profileOf`). Wire copy repeats a few profiles in many documents, so profiles are
 * compared, and for each item only the next item of each profile it disagrees with is looked at:
 * the cost follows the items and their profiles, never the square of the items.
 */
export function firstPairApart<T>(
  items: readonly T[],
  profileOf: (item: T) => string,
  documentOf: (item: T) => string,
  apart: (a: T, b: T) => boolean,
): readonly [T, T] | null {
  const ids = new Map<string, number>();
  const heads: T[] = [];
  const positions: number[][] = [];
  const profile = items.map((item, i) => {
    const key = profileOf(item);
    let id = ids.get(key);
    if (id === undefined) {
      ids.set(key, (id = heads.length));
      heads.push(item);
      positions.push([]);
    }
    positions[id]!.push(i);
    return id;
  });
  if (heads.length < 2) return null;
  const opposed = new Map<number, number[]>();
  const opposedTo = (id: number) => {
    let list = opposed.get(id);
    if (!list) {
      list = [];
      for (let other = 0; other < heads.length; other++)
        if (other !== id && apart(heads[id]!, heads[other]!)) list.push(other);
      opposed.set(id, list);
    }
    return list;
  };
  for (let i = 0; i < items.length; i++) {
    const document = documentOf(items[i]!);
    let best = -1;
    for (const other of opposedTo(profile[i]!)) {
      const at = positions[other]!;
      let k = firstAfter(at, i);
      while (k < at.length && documentOf(items[at[k]!]!) === document) k++;
      if (k < at.length && (best < 0 || at[k]! < best)) best = at[k]!;
    }
    if (best >= 0) return [items[i]!, items[best]!];
  }
  return null;
}
