import { expect } from 'vitest';
import type { Span } from '../../src/core/index.js';

/** The span of the n-th occurrence (0-based) of `needle` in `text`; throws when absent. */
export function spanOf(text: string, needle: string, occurrence = 0): Span {
  let from = -1;
  for (let i = 0; i <= occurrence; i++) {
    from = text.indexOf(needle, from + 1);
    if (from < 0) throw new Error(`spanOf: ${JSON.stringify(needle)} (occurrence ${occurrence}) is not in the text`);
  }
  return { start: from, end: from + needle.length };
}

/** Asserts that the items cover exactly these quoted texts, in order. */
export function expectSpans(text: string, items: readonly Span[], expected: readonly string[]): void {
  expect(items.map((item) => text.slice(item.start, item.end))).toEqual(expected);
}
