// " | ", " - ", " – ", " — ", " :: ", " · ", " » ", "_": what sites put between a headline and their name.
const SEPARATOR = /\s+[|\-–—·»]\s+|\s*::\s*|\s*_\s*/gu;

const fold = (value: string) =>
  value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * A page's title without the site's name: the headline itself when the title is the page's `h1`
 * plus more ("Tunnel Found | Border Desk" with an `h1` "Tunnel Found"), else the title with a
 * leading or trailing segment cut when that segment is the site's name.
 */
export function cutSiteName(title: string, siteName: string | null, h1: string | null): string {
  const segments: Array<{ start: number; end: number }> = [];
  let last = 0;
  for (const match of title.matchAll(SEPARATOR)) {
    segments.push({ start: last, end: match.index });
    last = match.index + match[0].length;
  }
  segments.push({ start: last, end: title.length });
  if (segments.length < 2) return title;
  if (h1) {
    const wanted = fold(h1);
    // The headline may itself hold a separator: try every run of segments that starts or ends the title.
    for (let k = segments.length - 1; k >= 1; k--) {
      const head = title.slice(0, segments[k - 1]!.end);
      const tail = title.slice(segments[segments.length - k]!.start);
      if (fold(head) === wanted) return head.trim();
      if (fold(tail) === wanted) return tail.trim();
    }
  }
  if (siteName) {
    const site = fold(siteName.replace(/^@/, ''));
    const isSite = (segment: { start: number; end: number }) => {
      const value = fold(title.slice(segment.start, segment.end));
      return (
        value.length > 0 &&
        (value === site || (site.length > 3 && value.startsWith(site)) || (value.length > 3 && site.startsWith(value)))
      );
    };
    if (isSite(segments.at(-1)!)) return title.slice(0, segments.at(-2)!.end).trim();
    if (isSite(segments[0]!)) return title.slice(segments[1]!.start).trim();
  }
  return title;
}

const words = (value: string) =>
  new Set(
    value
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [],
  );

/** Whether a candidate title shares at least half its words with one of the page's other titles. */
export function sharesWords(candidate: string, others: ReadonlyArray<string | null>): boolean {
  const mine = words(candidate);
  if (!mine.size) return false;
  return others.some((other) => {
    if (!other) return false;
    const theirs = words(other);
    let common = 0;
    for (const word of mine) if (theirs.has(word)) common++;
    return common * 2 >= mine.size;
  });
}

// The title element's separators, which only sites put there: a headline keeps its colons.
const TITLE_ELEMENT_SEPARATOR = /\s[|\-–—\\/>»]\s/gu;

/**
 * The `<title>` element without the site's name, when nothing names the site: the part before the
 * last separator, or after the first one when that leaves fewer than three words (site first).
 */
export function cutTitleElement(title: string, h1: string | null): string {
  const cut = cutSiteName(title, null, h1);
  if (cut !== title) return cut;
  const separators = [...title.matchAll(TITLE_ELEMENT_SEPARATOR)];
  if (!separators.length) return title;
  const before = title.slice(0, separators.at(-1)!.index).trim();
  if (before.split(/\s+/).length >= 3) return before;
  const after = title.slice(separators[0]!.index + separators[0]![0].length).trim();
  return after.split(/\s+/).length >= 3 ? after : title;
}
