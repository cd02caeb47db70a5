import { stopwords } from '../lexicons/index.js';
import { partyWords } from '../lexicons/party-words.js';
import { escape } from '../pipeline/common/patterns.js';
import type { EvidenceKind, Span } from '../core/index.js';
import type { StandardAnalysis } from '../pipeline/index.js';
import { foldForLookup } from '../text/normalize.js';
import { termsOf } from '../text/terms.js';

/** A body sentence that may be proposed as evidence. */
export interface Passage extends Span {
  readonly documentId: string;
  readonly text: string;
  readonly kind: EvidenceKind;
}

/** The kinds of passage, as a passage set numbers them. */
const KINDS: readonly EvidenceKind[] = ['sentence', 'quote', 'event', 'figure', 'commitment'];

/**
 * The body sentences of one document with their terms counted, in a compact form: the document's
 * distinct terms once, and each passage's as indexes into them with their counts, in typed arrays.
 * Made by the worker that analyses the document, copied to the thread that stores it and kept there
 * for the proposals that follow, so its size is paid three times. A map of counts for each passage
 * took about 1.2 KB of heap a passage (165 KB for a generated article of 15 KB), and as many objects
 * for the garbage collector to trace; this takes about 22 KB for such an article. It holds no text:
 * the thread that stores the document has it already (see `DocumentPassages`).
 */
export interface PassageSet {
  readonly documentId: string;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  /** Each passage's kind, as its index in `KINDS`. */
  readonly kinds: Uint8Array;
  /** How many terms each passage has. */
  readonly lengths: Uint32Array;
  /** The document's distinct terms, in order of first use. */
  readonly terms: readonly string[];
  /**
   * Passage p's distinct terms, in order of first use, are entries `firstTerm[p]` up to
   * `firstTerm[p + 1]` of `termIds` (an index into `terms`) and of `termCounts` (how often it occurs).
   */
  readonly firstTerm: Uint32Array;
  readonly termIds: SmallNumbers;
  readonly termCounts: SmallNumbers;
}

/** Numbers in 16 bits where they all fit (almost always: half the memory), else in 32. */
type SmallNumbers = Uint16Array | Uint32Array;

function smallNumbers(numbers: readonly number[]): SmallNumbers {
  return numbers.every((n) => n <= 0xffff) ? Uint16Array.from(numbers) : Uint32Array.from(numbers);
}

/** A document's passage set with the document's text, which its spans index into. */
export interface DocumentPassages extends PassageSet {
  readonly text: string;
}

/** How many passages a set holds. */
export function passageCount(set: PassageSet): number {
  return set.starts.length;
}

/** Passage `p` of a set, with its text. */
export function passageAt(set: DocumentPassages, p: number): Passage {
  const start = set.starts[p]!;
  const end = set.ends[p]!;
  return {
    documentId: set.documentId,
    start,
    end,
    text: set.text.slice(start, end),
    kind: KINDS[set.kinds[p]!]!,
  };
}

/**
 * The body sentences of a document, from its analysis. A headline or heading is never evidence
 * (it is the outlet's summary, not a report), nor is furniture.
 */
export function passagesOf(analysis: StandardAnalysis): PassageSet {
  const { document } = analysis;
  const { clean } = analysis.layers;
  const notBody = [...(clean.title?.span ? [clean.title.span] : []), ...clean.headings, ...clean.chrome];
  const sentences = analysis.layers.sentences.filter(
    (sentence) => !notBody.some((span) => span.start < sentence.end && sentence.start < span.end),
  );
  const termIdOf = new Map<string, number>();
  const firstTerm = new Uint32Array(sentences.length + 1);
  const lengths = new Uint32Array(sentences.length);
  const ids: number[] = [];
  const counts: number[] = [];
  // Where each term was last appended: a term appended at or after this passage's first entry is its own.
  const slotOf: number[] = [];
  for (const [p, sentence] of sentences.entries()) {
    const terms = termsOf(document.text.slice(sentence.start, sentence.end), stopwords);
    lengths[p] = terms.length;
    const first = ids.length;
    for (const term of terms) {
      let id = termIdOf.get(term);
      if (id === undefined) termIdOf.set(term, (id = termIdOf.size));
      const slot = slotOf[id];
      if (slot !== undefined && slot >= first) counts[slot]!++;
      else {
        slotOf[id] = ids.length;
        ids.push(id);
        counts.push(1);
      }
    }
    firstTerm[p + 1] = ids.length;
  }
  return {
    documentId: document.id,
    starts: Uint32Array.from(sentences, (sentence) => sentence.start),
    ends: Uint32Array.from(sentences, (sentence) => sentence.end),
    kinds: Uint8Array.from(sentences, (sentence) => KINDS.indexOf(kindOf(analysis, sentence))),
    lengths,
    terms: [...termIdOf.keys()],
    firstTerm,
    termIds: smallNumbers(ids),
    termCounts: smallNumbers(counts),
  };
}

/** What the sentence holds that the pipeline extracted, so the reviewer sees a quote as a quote. */
function kindOf(analysis: StandardAnalysis, sentence: Span): EvidenceKind {
  const layers = analysis.layers as unknown as Partial<Record<string, readonly Span[]>>;
  const within = (name: string) =>
    (layers[name] ?? []).some((item) => item.start < sentence.end && sentence.start < item.end);
  if (within('commitments')) return 'commitment';
  if (within('events')) return 'event';
  if (within('quotes')) return 'quote';
  if (within('figures')) return 'figure';
  return 'sentence';
}

/**
 * What judging a passage for one commitment works out that the next commitment asks again, kept
 * with the passage itself (a property under a symbol: a weak map's lookups cost more than the work
 * for some of these).
 */
interface PassageLookups {
  /** The text folded for phrase lookups, with single spaces around every word. */
  folded?: string;
  /** Which parties it names, as asked so far. */
  readonly parties: Map<string, boolean>;
}

const LOOKUPS = Symbol('passage lookups');

function lookupsOf(passage: Passage): PassageLookups {
  const holder = passage as Passage & { [LOOKUPS]?: PassageLookups };
  return (holder[LOOKUPS] ??= { parties: new Map() });
}

/** A passage's text folded for phrase lookups, with single spaces around every word; made once per passage. */
export function foldedText(passage: Passage): string {
  const lookups = lookupsOf(passage);
  return (lookups.folded ??= ` ${foldForLookup(passage.text).replace(/[^\p{L}\p{N}.]+/gu, ' ')} `);
}

/** Each party's words as a passage's folded text holds them, spaced on both sides: one pattern a party, made once. */
const partyPatterns = new Map(
  Object.entries(partyWords).map(
    ([code, words]) => [code, new RegExp(` (?:${words.map(escape).join('|')}) `)] as const,
  ),
);

/** Whether a passage names a party (by the words of party-words.ts). */
export function namesParty(passage: Passage, code: string): boolean {
  const { parties } = lookupsOf(passage);
  let names = parties.get(code);
  if (names === undefined) {
    names = partyPatterns.get(code)?.test(foldedText(passage)) ?? false;
    parties.set(code, names);
  }
  return names;
}

/** The counts BM25 needs from a set of passages: how many, their terms, and how many hold each term. */
export interface TermCounts {
  documents: number;
  passages: number;
  terms: number;
  readonly frequencies: Map<string, number>;
}

/** Counts the passages of some documents. */
export function countTerms(documents: number, sets: readonly PassageSet[]): TermCounts {
  const counts: TermCounts = { documents, passages: 0, terms: 0, frequencies: new Map() };
  for (const set of sets) {
    counts.passages += passageCount(set);
    for (const length of set.lengths) counts.terms += length;
    // How many of the document's passages hold each of its terms, then one update a distinct term.
    const holding = new Uint32Array(set.terms.length);
    for (const id of set.termIds) holding[id]!++;
    for (const [id, term] of set.terms.entries())
      counts.frequencies.set(term, (counts.frequencies.get(term) ?? 0) + holding[id]!);
  }
  return counts;
}

/** Adds one set of counts to another. */
export function addCounts(into: TermCounts, counts: TermCounts): void {
  into.documents += counts.documents;
  into.passages += counts.passages;
  into.terms += counts.terms;
  for (const [term, n] of counts.frequencies) into.frequencies.set(term, (into.frequencies.get(term) ?? 0) + n);
}

/**
 * Okapi BM25 over a set of passages known by its counts alone (k1 1.2, b 0.75), so that a new
 * passage is scored against the whole store without the store's passages in memory.
 */
export class Bm25Counts {
  private readonly averageLength: number;

  constructor(
    private readonly passages: number,
    totalLength: number,
    private readonly frequencies: ReadonlyMap<string, number>,
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {
    this.averageLength = totalLength / Math.max(passages, 1);
  }

  /** How rare a term is among the passages (BM25's non-negative IDF). */
  idf(term: string): number {
    const df = this.frequencies.get(term) ?? 0;
    return Math.log(1 + (this.passages - df + 0.5) / (df + 0.5));
  }

  /**
   * The score of a passage of `length` terms for a query of distinct terms, given how often the
   * passage holds each (`counts[i]` for `query[i]`), with the query terms it contains.
   */
  score(query: readonly string[], counts: ArrayLike<number>, length: number): { score: number; matched: string[] } {
    let score = 0;
    const matched: string[] = [];
    for (const [i, term] of query.entries()) {
      const tf = counts[i]!;
      if (!tf) continue;
      matched.push(term);
      score +=
        (this.idf(term) * tf * (this.k1 + 1)) / (tf + this.k1 * (1 - this.b + (this.b * length) / this.averageLength));
    }
    return { score, matched };
  }
}
