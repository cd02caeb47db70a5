/** Half-open range [start, end) of UTF-16 code units in `SourceDocument.text`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

function of(start: number, end: number): Span {
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end)) {
    throw new RangeError(`Span.of(${start}, ${end}): need integers with 0 <= start <= end`);
  }
  return { start, end };
}

function textOf(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Orders by start, then by end, so layers sort the same way everywhere. */
function compare(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

/** Shrinks a span so it neither starts nor ends with whitespace. */
function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/** Helpers over spans; the type and its helpers share one name, Kysely-style. */
export const Span = { of, textOf, contains, overlaps, compare, trim };
