import { stopwords } from '../lexicons/index.js';
import { partyWords } from '../lexicons/party-words.js';
import { escape } from '../pipeline/common/patterns.js';
import type { EvidenceKind, Span } from '../core/index.js';
import type { StandardAnalysis } from '../pipeline/index.js';
import { foldForLookup } from '../text/normalize.js';
import { termsOf } from '../text/terms.js';

/** A body sentence that may be proposed as evidence, with its terms counted once. */
export interface Passage extends Span {
  readonly documentId: string;
  readonly text: string;
  readonly kind: EvidenceKind;
  /** How often each term occurs in it. */
  readonly counts: ReadonlyMap<string, number>;
  /** How many terms it has. */
  readonly length: number;
}

/**
 * The body sentences of a document, from its analysis. A headline or heading is never evidence
 * (it is the outlet's summary, not a report), nor is furniture.
 */
export function passagesOf(analysis: StandardAnalysis): Passage[] {
  const { document } = analysis;
  const { clean } = analysis.layers;
  const notBody = [...(clean.title?.span ? [clean.title.span] : []), ...clean.headings, ...clean.chrome];
  const passages: Passage[] = [];
  for (const sentence of analysis.layers.sentences) {
    if (notBody.some((span) => span.start < sentence.end && sentence.start < span.end)) continue;
    const text = document.text.slice(sentence.start, sentence.end);
    const terms = termsOf(text, stopwords);
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    passages.push({
      documentId: document.id,
      start: sentence.start,
      end: sentence.end,
      text,
      kind: kindOf(analysis, sentence),
      counts,
      length: terms.length,
    });
  }
  return passages;
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
export function countTerms(documents: number, passages: readonly Passage[]): TermCounts {
  const counts: TermCounts = { documents, passages: passages.length, terms: 0, frequencies: new Map() };
  for (const passage of passages) {
    counts.terms += passage.length;
    for (const term of passage.counts.keys()) counts.frequencies.set(term, (counts.frequencies.get(term) ?? 0) + 1);
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

  /** The score of a passage for a query of distinct terms, with the query terms it contains. */
  score(query: readonly string[], passage: Passage): { score: number; matched: string[] } {
    let score = 0;
    const matched: string[] = [];
    for (const term of query) {
      const tf = passage.counts.get(term) ?? 0;
      if (!tf) continue;
      matched.push(term);
      score +=
        (this.idf(term) * tf * (this.k1 + 1)) /
        (tf + this.k1 * (1 - this.b + (this.b * passage.length) / this.averageLength));
    }
    return { score, matched };
  }
}
