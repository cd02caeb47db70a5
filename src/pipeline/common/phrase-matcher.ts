import type { Span } from '../../core/index.js';
import { forEachLatinWord, isLatinText } from '../../text/latin.js';
import { isSpaceCode } from '../../text/spaces.js';
import { numberedWords, wordNumber, wordNumberAt } from './word-numbers.js';
import { phrasePattern } from './patterns.js';

/** A phrase found in a text, with the value the phrase list attached to it. */
export interface PhraseMatch<T> extends Span {
  readonly phrase: string;
  readonly value: T;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** The pattern of a plain phrase, which the matcher never runs (see `Entry.simple`). */
const NEVER = /(?!)/y;
const firstWord = (phrase: string) => /[\p{L}\p{N}]+/u.exec(phrase)?.[0] ?? '';

/** A word of a text: where it starts and ends, lower-cased, and whether it follows an apostrophe. */
export class Word {
  constructor(
    readonly at: number,
    readonly end: number,
    /** Whether the word follows an apostrophe: a contraction's tail ("’s"), not a word start. */
    readonly tail: boolean,
    /** The lower-cased text the word is read from, and where. */
    private readonly source: string,
    private readonly from: number,
    private readonly to: number,
    /** The word's number among the words of every phrase list (see word-numbers.ts), or -1: no phrase holds it. */
    public id = wordNumberAt(source, from, to),
  ) {}

  /** The word in lower case, cut out only when asked for: matchers compare numbers. */
  get folded(): string {
    return this.source.slice(this.from, this.to);
  }

  /** Numbers the word again if it had no number: phrase lists built since may hold it. */
  renumber(): void {
    if (this.id < 0) this.id = wordNumberAt(this.source, this.from, this.to);
  }
}

/** The words of the last few texts looked at, and how many words were numbered then: stages ask about many ranges of one document. */
const recent: Array<{ text: string; words: Word[]; known: number }> = [];

/** Texts shorter than this are cut out of a sentence for one question: kept, they would push the document out. */
const CACHED_FROM = 512;

/** The words of a text (letters and digits, lower-cased), shared with every matcher that reads the same text. */
export function wordsOf(text: string): readonly Word[] {
  const cached = text.length >= CACHED_FROM;
  const hit = cached ? recent.find((r) => r.text === text) : undefined;
  if (hit) {
    if (hit.known !== numberedWords()) {
      for (const word of hit.words) word.renumber();
      hit.known = numberedWords();
    }
    return hit.words;
  }
  // Text in Latin script is lower-cased once and scanned by a table of its letters and digits,
  // several times faster than a pattern with Unicode classes and without a match array per word.
  const lower = text.toLowerCase();
  const words = lower.length === text.length && isLatinText(lower) ? latinWords(text, lower) : unicodeWords(text);
  if (!cached) return words;
  recent.unshift({ text, words, known: numberedWords() });
  if (recent.length > 4) recent.pop();
  return words;
}

// Two functions, not two branches of one: V8 optimises each for the text it sees, and a branch
// first taken late would deoptimise the other.
function latinWords(text: string, lower: string): Word[] {
  const words: Word[] = [];
  forEachLatinWord(lower, (at, end) => words.push(new Word(at, end, followsApostrophe(text, at), lower, at, end)));
  return words;
}

function unicodeWords(text: string): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = 0;
  for (let word = WORD.exec(text); word !== null; word = WORD.exec(text)) {
    const folded = word[0].toLowerCase();
    words.push(
      new Word(word.index, word.index + word[0].length, followsApostrophe(text, word.index), folded, 0, folded.length),
    );
  }
  return words;
}

/** A word right after an apostrophe is a contraction's tail ("’s"), not a word start. */
function followsApostrophe(text: string, at: number): boolean {
  const before = at > 0 ? text.charCodeAt(at - 1) : 0;
  return before === 0x27 || before === 0x2019;
}

/** Index of the first word starting at or after `offset` (words sorted by position). */
export function wordIndexAt(words: readonly Word[], offset: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (words[mid]!.at < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

interface Entry<T> {
  readonly phrase: string;
  readonly value: T;
  /** The numbers of the phrase's words after the first, compared word by word before the pattern runs. */
  readonly rest: readonly number[];
  /** Sticky, case-insensitive pattern of the whole phrase, ending at a word boundary. */
  readonly pattern: RegExp;
  /** Only words and single spaces: the words compared and the gaps between them checked say all the pattern would. */
  readonly simple: boolean;
}

/** Whether `[from, to)` of `text` is one or more whitespace characters. */
function isSpaceGap(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Finds whole-word, case-insensitive occurrences of many phrases at once. Longer phrases win
 * ("held talks" before "talks"), and matches never overlap. Phrases are looked up by their first
 * word at each word start, so the cost grows with the text, not with the number of phrases.
 */
export class PhraseMatcher<T> {
  /**
   * Entries by the number of their first word, at that index (null where no phrase starts): word
   * numbers are small and dense, and an array read is cheaper than a map's on every word scanned.
   */
  private readonly byFirstWord: Array<Entry<T>[] | null> = [];

  constructor(entries: Iterable<readonly [string, T]>) {
    const byFirstWord = new Map<number, Entry<T>[]>();
    const seen = new Set<string>();
    for (const [raw, value] of entries) {
      const phrase = raw.toLowerCase().replace(/\s+/g, ' ');
      if (seen.has(phrase)) continue;
      seen.add(phrase);
      const first = firstWord(phrase);
      if (!first) continue;
      const key = wordNumber(first);
      const tail = /[\p{L}\p{N}]$/u.test(phrase) ? '(?![\\p{L}\\p{N}])' : '';
      const rest = (phrase.match(/[\p{L}\p{N}]+/gu) ?? []).slice(1).map(wordNumber);
      const simple = /^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*$/u.test(phrase);
      // Plain phrases are matched word by word and never run their pattern: it is compiled for the others alone.
      const entry = {
        phrase,
        value,
        rest,
        pattern: simple ? NEVER : new RegExp(`${phrasePattern(phrase)}${tail}`, 'iuy'),
        simple,
      };
      // Pushed, not copied: many phrases share a first word ("se comprometió", "se comprometen", …).
      const list = byFirstWord.get(key);
      if (list) list.push(entry);
      else byFirstWord.set(key, [entry]);
    }
    for (const list of byFirstWord.values())
      list.sort((a, b) => b.phrase.length - a.phrase.length || (a.phrase < b.phrase ? -1 : 1));
    let size = 0;
    for (const key of byFirstWord.keys()) size = Math.max(size, key + 1);
    for (let id = 0; id < size; id++) this.byFirstWord.push(byFirstWord.get(id) ?? null);
  }

  /** Every match inside `[start, end)` of `text`. */
  findAll(text: string, start = 0, end = text.length): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    this.scan(text, start, end, (match) => {
      matches.push(match);
      return true;
    });
    return matches;
  }

  /** Whether any phrase occurs inside `[start, end)`. */
  test(text: string, start = 0, end = text.length): boolean {
    let found = false;
    this.scan(text, start, end, () => {
      found = true;
      return false;
    });
    return found;
  }

  /** Calls `take` with each match in order until it returns false. Plain loops: this runs on every word of every sentence. */
  private scan(text: string, start: number, end: number, take: (match: PhraseMatch<T>) => boolean): void {
    const words = wordsOf(text);
    let free = start;
    for (let w = wordIndexAt(words, start); w < words.length && words[w]!.end <= end; w++) {
      const { at, id, tail } = words[w]!;
      if (at < free || tail || id < 0 || id >= this.byFirstWord.length) continue;
      const candidates = this.byFirstWord[id];
      if (!candidates) continue;
      for (const entry of candidates) {
        let same = true;
        for (let k = 0; k < entry.rest.length && same; k++) same = words[w + 1 + k]?.id === entry.rest[k];
        if (!same) continue;
        let matchEnd: number;
        if (entry.simple) {
          // Most phrases are plain words: their end is the last word's, if only spaces lie between them.
          for (let k = 0; k < entry.rest.length && same; k++)
            same = isSpaceGap(text, words[w + k]!.end, words[w + k + 1]!.at);
          if (!same) continue;
          matchEnd = words[w + entry.rest.length]!.end;
        } else {
          entry.pattern.lastIndex = at;
          const found = entry.pattern.exec(text);
          if (!found) continue;
          matchEnd = at + found[0].length;
        }
        if (matchEnd > end) continue;
        free = matchEnd;
        if (!take({ start: at, end: free, phrase: entry.phrase, value: entry.value })) return;
        break;
      }
    }
  }
}

/** A matcher of phrases that carry no value of their own: it only says which phrase stands where. */
export function flagMatcher(phrases: readonly string[]): PhraseMatcher<true> {
  return new PhraseMatcher(phrases.map((phrase) => [phrase, true as const] as const));
}
