import { stem } from '../text/terms.js';
import { Bm25Index } from './bm25.js';

/** A document as search reads it: its text, the furniture to skip, and what filters look at. */
export interface SearchableDocument {
  readonly id: string;
  readonly text: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly language: string;
  readonly source: string | null;
  readonly chrome: readonly { readonly start: number; readonly end: number }[];
  readonly entities: ReadonlySet<string>;
}

/** What a search may be narrowed to. */
export interface SearchFilters {
  readonly language?: string;
  readonly source?: string;
  readonly from?: string;
  readonly to?: string;
  readonly entity?: string;
  /** Only these documents (those the store's own full-text search matched, on PostgreSQL). */
  readonly documents?: ReadonlySet<string>;
}

/** One passage that holds every word of the query, with where each matched word sits in the text. */
export interface SearchHit {
  readonly document: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly language: string;
  readonly start: number;
  readonly end: number;
  readonly score: number;
  /** The passage around the hit, and the matched words as offsets into `snippet`. */
  readonly snippet: string;
  readonly marks: readonly { readonly start: number; readonly end: number }[];
}

/** Search over passages: in memory (`SearchIndex`) or in the store (`Fts5Search`, SQLite). */
export interface PassageSearch {
  search(
    query: string,
    filters?: SearchFilters,
    limit?: number,
  ): { total: number; hits: SearchHit[] } | Promise<{ total: number; hits: SearchHit[] }>;
}

/** A paragraph of a document as search reads it. */
export interface Passage {
  readonly document: SearchableDocument;
  readonly start: number;
  readonly end: number;
  /** Each word's stem, with its offsets in the text. */
  readonly words: readonly { readonly term: string; readonly start: number; readonly end: number }[];
}

/**
 * Folds one character for matching, keeping the text's length: lower case without accents
 * ("É" → "e", "İ" → "i"), so every offset found in the folded text is an offset in the text.
 */
function foldChar(character: string): string {
  const base = character.normalize('NFD')[0] ?? character;
  const lower = base.toLowerCase();
  return lower.length === 1 ? lower : base;
}

/** The text folded character by character, the same length as the text. */
export function foldText(text: string): string {
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    folded += code < 0x80 ? (code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i]) : foldChar(text[i]!);
  }
  return folded;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The stems of a query's words; words of one or two letters count only when the query has no others. */
export function queryTerms(query: string): string[] {
  const words = foldText(query).match(WORD) ?? [];
  const long = words.filter((word) => word.length > 2);
  return [...new Set((long.length ? long : words).map(stem))];
}

/**
 * A search index over the article text of a set of documents: each paragraph outside the page
 * furniture is a passage, its words folded (case and accents) and stemmed, so "Mexico" finds
 * "México" and "Garcia Harfuch" finds "García Harfuch". A hit holds every word of the query;
 * hits rank by BM25 over the passages.
 */
export class SearchIndex implements PassageSearch {
  private readonly passages: Passage[];
  private readonly bm25: Bm25Index;

  constructor(documents: readonly SearchableDocument[], passages: Passage[] = documents.flatMap(passagesOf)) {
    this.passages = passages;
    this.bm25 = new Bm25Index(this.passages.map((passage) => passage.words.map((word) => word.term)));
  }

  /**
   * Builds the index a few documents at a time, waiting for `pause()` between them, so that a
   * server keeps answering while it indexes thousands of documents.
   */
  static async build(
    documents: readonly SearchableDocument[],
    pause: () => Promise<unknown>,
    perTurn = 25,
  ): Promise<SearchIndex> {
    const passages: Passage[] = [];
    for (let i = 0; i < documents.length; i += perTurn) {
      for (const document of documents.slice(i, i + perTurn))
        for (const passage of passagesOf(document)) passages.push(passage);
      await pause();
    }
    return new SearchIndex([], passages);
  }

  /** The best passages for a query, best first; at most `limit`. */
  search(query: string, filters: SearchFilters = {}, limit = 50): { total: number; hits: SearchHit[] } {
    const terms = queryTerms(query);
    if (!terms.length) return { total: 0, hits: [] };
    const scored: Array<{ passage: Passage; score: number }> = [];
    this.passages.forEach((passage, index) => {
      if (!matchesFilters(passage.document, filters)) return;
      const { score, matched } = this.bm25.score(terms, index);
      if (matched.length === terms.length) scored.push({ passage, score });
    });
    scored.sort(
      (a, b) =>
        b.score - a.score ||
        a.passage.document.id.localeCompare(b.passage.document.id) ||
        a.passage.start - b.passage.start,
    );
    return {
      total: scored.length,
      hits: scored.slice(0, limit).map(({ passage, score }) => toHit(passage, terms, score)),
    };
  }
}

/** A document's paragraphs outside its furniture, with their words folded and stemmed. */
export function passagesOf(document: SearchableDocument): Passage[] {
  const passages: Passage[] = [];
  const folded = foldText(document.text);
  const furniture = [...document.chrome].sort((a, b) => a.start - b.start);
  for (const paragraph of document.text.matchAll(/[^\n]+/g)) {
    const start = paragraph.index;
    const end = start + paragraph[0].length;
    if (furniture.some((span) => span.start <= start && end <= span.end)) continue;
    const words = [...folded.slice(start, end).matchAll(WORD)].map((m) => ({
      term: stem(m[0]),
      start: start + m.index,
      end: start + m.index + m[0].length,
    }));
    if (words.length) passages.push({ document, start, end, words });
  }
  return passages;
}

export function matchesFilters(document: SearchableDocument, filters: SearchFilters): boolean {
  if (filters.documents && !filters.documents.has(document.id)) return false;
  if (filters.language && document.language !== filters.language) return false;
  if (filters.source && !(document.source ?? '').toLowerCase().includes(filters.source.toLowerCase())) return false;
  if (filters.entity && !document.entities.has(filters.entity)) return false;
  if (filters.from && (!document.published || document.published < filters.from)) return false;
  if (filters.to && (!document.published || document.published.slice(0, filters.to.length) > filters.to)) return false;
  return true;
}

/** Snippets longer than this are cut around the first matched word. */
const SNIPPET = 320;

export function toHit(passage: Passage, terms: readonly string[], score: number): SearchHit {
  const { document } = passage;
  const matched = passage.words.filter((word) => terms.includes(word.term));
  const first = matched[0]!;
  const from =
    passage.end - passage.start <= SNIPPET ? passage.start : Math.max(passage.start, first.start - SNIPPET / 4);
  const to = Math.min(passage.end, from + SNIPPET);
  return {
    document: document.id,
    title: document.title,
    published: document.published,
    language: document.language,
    start: first.start,
    end: first.end,
    // Four significant digits: FTS5 gives a word found in most passages a score near zero, which rounding to places would erase.
    score: Number(score.toPrecision(4)),
    snippet: document.text.slice(from, to),
    marks: matched
      .filter((word) => word.start >= from && word.end <= to)
      .map((word) => ({ start: word.start - from, end: word.end - from })),
  };
}
