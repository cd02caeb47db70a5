import type { Span } from './span.js';

/** The stretch of a document's text that one page of the original (a PDF's) holds. */
export interface PageSpan extends Span {
  /** The page number as the original counts it, from 1. */
  readonly page: number;
}

/**
 * The page a span starts on: the last page that begins at or before it (the blank lines between
 * two pages belong to the page above). Null when the document has no pages (HTML, plain text) or
 * the span starts before the first. Pages are sorted and do not overlap, so a binary search finds it.
 */
export function pageAt(pages: readonly PageSpan[] | undefined, span: Span): number | null {
  if (!pages?.length) return null;
  let low = 0;
  let high = pages.length - 1;
  let found: number | null = null;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (pages[middle]!.start <= span.start) {
      found = pages[middle]!.page;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
