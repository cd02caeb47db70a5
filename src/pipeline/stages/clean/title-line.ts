import type { ChromeReason } from '../../../core/index.js';
import { foldForLookup } from '../../../text/normalize.js';
import { isHeadlineLike, isProse, isWidgetName } from './line-shape.js';

/** How far down a plain text's title may sit; a page's stated title is looked for everywhere. */
const TEXT_TITLE_LINES = 12;
/** Share of words a headline line must share with the stated title to be taken for the line that shows it, reworded. */
const LOOSE_OVERLAP = 0.6;

const wordsOf = (value: string) => foldForLookup(value).match(/[\p{L}\p{N}]+/gu) ?? [];

/** Dice overlap of two lines' words. */
function overlap(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const left = new Map<string, number>();
  for (const word of a) left.set(word, (left.get(word) ?? 0) + 1);
  let common = 0;
  for (const word of b) {
    const n = left.get(word) ?? 0;
    if (n > 0) {
      common++;
      left.set(word, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

/** The line that shows the document's title; `reworded` when it shows a stated title in other words. */
export interface TitleLine {
  readonly index: number;
  readonly reworded: boolean;
}

const NO_TITLE_LINE: TitleLine = { index: -1, reworded: false };

/**
 * The line that is the document's title. With a title the page states (its metadata), the line that
 * says it, nearest above the article's start: a page repeats its headline in breadcrumbs and
 * lists, and its menus come first. Failing an exact line, a headline line sharing most of its words
 * (`reworded`: the page shows its headline in other words than its metadata states).
 * Without a stated title, the first headline-like line near the top of the text.
 */
export function findTitle(
  shapes: readonly string[],
  chrome: ReadonlyMap<number, ChromeReason>,
  aloneInBlock: (i: number) => boolean,
  hint: string | null,
  articleLine: number,
  /** Whether a line is a date and little else ("Saturday, November 1, 2025"): never the title. */
  isDateLine: (i: number) => boolean = () => false,
): TitleLine {
  if (hint) {
    const wanted = foldForLookup(hint);
    const length = wanted.length;
    let best = -1;
    for (let i = 0; i < shapes.length; i++) {
      const shape = shapes[i]!;
      // Folding costs: only lines of about the title's length can be it.
      if (Math.abs(shape.length - length) > 4 || foldForLookup(shape) !== wanted) continue;
      if (articleLine < 0) return { index: i, reworded: false };
      if (best < 0 || i <= articleLine + 1) best = i;
      if (i > articleLine) break;
    }
    if (best >= 0) return { index: best, reworded: false };
    const wantedWords = wordsOf(hint);
    const until =
      articleLine >= 0 ? Math.min(shapes.length, articleLine + 2) : Math.min(shapes.length, TEXT_TITLE_LINES);
    let loose = -1;
    for (let i = 0; i < until; i++) {
      const shape = shapes[i]!;
      if (chrome.has(i) || shape.length > length * 2 + 20 || !isHeadlineLike(shape, 2)) continue;
      if (overlap(wordsOf(shape), wantedWords) >= LOOSE_OVERLAP) loose = i;
    }
    return loose >= 0 ? { index: loose, reworded: true } : NO_TITLE_LINE;
  }
  const limit = Math.min(shapes.length, TEXT_TITLE_LINES);
  for (let i = 0; i < limit; i++) {
    const shape = shapes[i]!;
    if (chrome.has(i) || isWidgetName(shape) || isDateLine(i) || isTruncatedCopy(shapes, i)) continue;
    if (isProse(shape)) return NO_TITLE_LINE;
    if (isHeadlineLike(shape, 3) || (aloneInBlock(i) && isHeadlineLike(shape, 1))) return { index: i, reworded: false };
  }
  return NO_TITLE_LINE;
}

/** Words at the end of a cut line that must stand in a later line for it to be that line's truncated copy. */
const TRUNCATED_TAIL_WORDS = 5;
/** How many lines after a cut line its full form may stand. */
const TRUNCATED_REACH = 3;
const ELLIPSIS_END = /(?:\.{3}|…)\s*$/u;

/**
 * "Inicio › Secciones › El Gabinete informa los resultados…" above "El Gabinete informa los resultados de …": a line
 * cut with an ellipsis whose last words stand in one of the next lines is a breadcrumb or teaser of that line, not prose.
 */
function isTruncatedCopy(shapes: readonly string[], i: number): boolean {
  const shape = shapes[i]!;
  if (!ELLIPSIS_END.test(shape)) return false;
  const tail = wordsOf(shape.replace(ELLIPSIS_END, '')).slice(-TRUNCATED_TAIL_WORDS);
  if (tail.length < TRUNCATED_TAIL_WORDS) return false;
  for (let k = i + 1; k < Math.min(shapes.length, i + 1 + TRUNCATED_REACH); k++) {
    const words = wordsOf(shapes[k]!);
    for (let at = 0; at + tail.length <= words.length; at++) if (tail.every((w, j) => words[at + j] === w)) return true;
  }
  return false;
}
