/**
 * sentences — splits each body paragraph into sentences.
 *
 * Needs: clean (paragraphs, language). Produces: sentence spans, each tagged with its paragraph.
 * Uses `Intl.Segmenter`, then rejoins splits it makes after abbreviations ("Dr.", "U.S.", "EE.UU."),
 * initials ("J. R. Smith") and times ("3 p.m."), from the language's abbreviation lexicon.
 * A run of text with no sentence end longer than 2,000 characters (a list of thousands of numbers,
 * a paragraph with no period) is cut at spaces into pieces of at most that length, so that what
 * later stages do per sentence stays bounded: no sentence of reporting is that long.
 * Text scraped from pages may have lost the space, or the line break, between two sentences
 * ("…a reward for each of them.Treasury officials said…"): a period (or "!", "?") glued between
 * a word of two or more lower-case letters and a capitalised word is a boundary as well, unless the
 * word is an abbreviation or part of an address ("example.com", "@user.Name").
 * Known limit: a sentence that really ends with an abbreviation before a capitalised name stays
 * joined to the next one.
 *
 * ok:     "U.S. Secretary Rubio met Dr. Heredia. He left." → 2 sentences
 * not-ok: "Dr." alone is never a sentence.
 */
import { defineStage, type Sentence } from '../../core/index.js';
import { abbreviationLexicons, lexiconLanguage, type LexiconLanguage } from '../../lexicons/index.js';
import { isSpaceCode } from '../../text/spaces.js';

const segmenters = new Map<LexiconLanguage, Intl.Segmenter>();
const lookups = new Map<LexiconLanguage, { abbreviations: Set<string>; starters: Set<string> }>();

function lookupFor(language: LexiconLanguage) {
  let lookup = lookups.get(language);
  if (!lookup) {
    // Both languages' abbreviations apply: Spanish articles cite "U.S." and English ones "EE.UU.".
    const all = Object.values(abbreviationLexicons);
    lookup = {
      abbreviations: new Set(all.flatMap((l) => l.abbreviations)),
      starters: new Set(abbreviationLexicons[language].sentenceStarters),
    };
    lookups.set(language, lookup);
  }
  return lookup;
}

function segmenterFor(language: LexiconLanguage): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) segmenters.set(language, (segmenter = new Intl.Segmenter(language, { granularity: 'sentence' })));
  return segmenter;
}

const TAIL = 64;

// V8's sentence segmenter takes time in the square of the text it is given: a paragraph longer than
// this is given to it a window at a time.
const SEGMENT_WINDOW = 10_000;

/**
 * The segmenter's sentences of a paragraph. A long paragraph is segmented a window at a time; the
 * last sentence of a window may go on past it, so the next window starts where it starts. A window
 * with no sentence end is one piece (cut later, being over the longest sentence).
 */
function* segmentsOf(segmenter: Intl.Segmenter, text: string): Generator<{ segment: string; index: number }> {
  if (text.length <= SEGMENT_WINDOW) {
    yield* segmenter.segment(text);
    return;
  }
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + SEGMENT_WINDOW);
    // Not between the two halves of a surrogate pair.
    if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to--;
    const parts = [...segmenter.segment(text.slice(from, to))];
    const keep = to === text.length || parts.length === 1 ? parts.length : parts.length - 1;
    for (let i = 0; i < keep; i++) yield { segment: parts[i]!.segment, index: from + parts[i]!.index };
    from = keep === parts.length ? to : from + parts[keep]!.index;
  }
}

/** Cheap test for a sentence end glued to a capitalised word, before `GLUED_END` looks closer. */
const MAYBE_GLUED = /[.!?]["”’»)]?\p{Lu}/u;
/** A word, the sentence end glued to it, and (looked ahead) a capitalised word: "them.Treasury". */
const GLUED_END = /(?<![\p{L}\p{N}@/.])(\p{L}+)[.!?]+["”’»)]?(?=\p{Lu}\p{Ll})/gu;

/**
 * Offsets in `segment` where a sentence glued to the one before starts (see the header): the last
 * two letters of the word before are lower case ("them.", not "U.S." or "Dr.") and the word is not
 * an abbreviation ("Inc.").
 */
function gluedStarts(segment: string, abbreviations: ReadonlySet<string>): number[] {
  if (!MAYBE_GLUED.test(segment)) return [];
  const starts: number[] = [];
  for (const match of segment.matchAll(GLUED_END)) {
    const word = match[1]!;
    if (!/\p{Ll}\p{Ll}$/u.test(word) || abbreviations.has(word.toLowerCase())) continue;
    starts.push(match.index + match[0].length);
  }
  return starts;
}

/** The segmenter's sentences of a paragraph, each cut again where a sentence glued to it starts. */
function* piecesOf(
  segmenter: Intl.Segmenter,
  text: string,
  abbreviations: ReadonlySet<string>,
): Generator<{ segment: string; index: number }> {
  for (const part of segmentsOf(segmenter, text)) {
    let from = 0;
    for (const at of gluedStarts(part.segment, abbreviations)) {
      yield { segment: part.segment.slice(from, at), index: part.index + from };
      from = at;
    }
    yield from ? { segment: part.segment.slice(from), index: part.index + from } : part;
  }
}

/** The longest sentence made; longer runs are cut (see the header). */
export const MAX_SENTENCE = 2000;

/** The run of non-space characters before the period that ends `text` (spaces aside): "Dr. " → "Dr". */
function wordBeforeFinalPeriod(text: string): string | undefined {
  // A scan from the end: a pattern anchored at the end is tried from every offset.
  let end = text.length;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end < 2 || text.charCodeAt(end - 1) !== 46) return undefined;
  let start = end - 1;
  while (start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) start--;
  return start < end - 1 ? text.slice(start, end - 1) : undefined;
}

/** Whether a split after `before` (text up to the split) should be undone, given the text after it. */
function isFalseBoundary(before: string, after: string, lookup: ReturnType<typeof lookupFor>): boolean {
  const last = wordBeforeFinalPeriod(before);
  if (!last) return false;
  // "(EIRNS)—U.S.", "[U.S.": the abbreviation is what follows a dash or an opening bracket.
  const word = last.replace(/^.*[—–]/u, '').replace(/^[(["'“‘«¿¡]+/u, '');
  const next = /^\s*["'“‘«]?([\p{L}\p{N}]+)/u.exec(after)?.[1] ?? '';
  if (/^\p{Lu}$/u.test(word)) return /^\p{Lu}/u.test(next); // an initial: "J. R. Smith"
  const folded = word.toLowerCase();
  if (!lookup.abbreviations.has(folded)) return false;
  // Dotted acronyms and times may end a sentence; only a sentence starter after them says so.
  if (folded.includes('.')) return !lookup.starters.has(next.toLowerCase());
  return true;
}

export const sentences = defineStage({
  name: 'sentences',
  needs: ['clean'],
  run({ document, clean }) {
    const language = lexiconLanguage(clean.language);
    const segmenter = segmenterFor(language);
    const lookup = lookupFor(language);
    const result: Sentence[] = [];
    clean.paragraphs.forEach((paragraph, index) => {
      const text = document.text.slice(paragraph.start, paragraph.end);
      let open: { start: number; end: number } | null = null;
      for (const { segment, index: offset } of piecesOf(segmenter, text, lookup.abbreviations)) {
        const start = paragraph.start + offset;
        const end = start + segment.length;
        // The last word is all the test reads: a short tail spares the pattern a whole sentence.
        if (
          open &&
          isFalseBoundary(
            document.text.slice(Math.max(open.start, open.end - TAIL), open.end),
            segment.slice(0, TAIL),
            lookup,
          )
        )
          open.end = end;
        else {
          if (open) result.push(...trimmed(document.text, open, index));
          open = { start, end };
        }
      }
      if (open) result.push(...trimmed(document.text, open, index));
    });
    return result.filter((sentence) => sentence.end > sentence.start);
  },
});

function trimmed(text: string, span: { start: number; end: number }, paragraph: number): Sentence[] {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end - start <= MAX_SENTENCE) return [{ start, end, paragraph }];
  const pieces: Sentence[] = [];
  while (end - start > MAX_SENTENCE) {
    // The last space within the limit ends the piece; a run without one is cut at the limit (not
    // inside a surrogate pair).
    let cut = start + MAX_SENTENCE;
    while (cut > start + MAX_SENTENCE / 2 && !isSpaceCode(text.charCodeAt(cut))) cut--;
    if (!isSpaceCode(text.charCodeAt(cut)))
      cut = start + MAX_SENTENCE - (isLowSurrogate(text.charCodeAt(start + MAX_SENTENCE)) ? 1 : 0);
    let pieceEnd = cut;
    while (pieceEnd > start && isSpaceCode(text.charCodeAt(pieceEnd - 1))) pieceEnd--;
    pieces.push({ start, end: pieceEnd, paragraph });
    start = cut;
    while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  }
  if (end > start) pieces.push({ start, end, paragraph });
  return pieces;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
