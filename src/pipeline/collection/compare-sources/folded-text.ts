import { isLatinText, LATIN_WORD_CHARACTERS } from '../../../text/latin.js';
import { oneByte } from '../../../text/one-byte.js';

// Lower case and punctuation folded; accents kept, as sources quoting one sentence spell it alike.
// Latin text (nearly all we read) takes a pattern without Unicode classes, several times faster.
const NOT_LATIN_WORD = new RegExp(`[^${LATIN_WORD_CHARACTERS}]+`, 'g');

/** A text folded for comparing quotes: lower case, each run of characters that are not letters or digits one space. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  return (isLatinText(lower) ? lower.replace(NOT_LATIN_WORD, ' ') : lower.replace(/[^\p{L}\p{N}]+/gu, ' ')).trim();
}

/** Bits of a word fingerprint: an article's few hundred distinct words leave nearly nine in ten unset. */
const FINGERPRINT_BITS = 4096;
const SPACE = 0x20;

function bitOf(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return (hash >>> 0) % FINGERPRINT_BITS;
}

/**
 * A folded text with a fingerprint of its words, one bit per word hash: a word whose bit is unset is
 * not among its words. Looking a word up this way costs no hashing of the whole text's words into a set.
 */
export class FoldedText {
  readonly text: string;
  private readonly fingerprint = new Uint32Array(FINGERPRINT_BITS / 32);

  constructor(original: string) {
    // Every related document's folded text is held at once, for every quote to be looked for in it.
    const text = (this.text = oneByte(fold(original)));
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i < text.length && text.charCodeAt(i) !== SPACE) continue;
      const bit = bitOf(text, start, i);
      this.fingerprint[bit >>> 5]! |= 1 << (bit & 31);
      start = i + 1;
    }
  }

  /** False when the word is surely not a whole word of the text; true when it may be. */
  mayHoldWord(word: string): boolean {
    const bit = bitOf(word, 0, word.length);
    return (this.fingerprint[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }

  /** False when some word is surely not a whole word of the text; true when all may be. */
  mayHoldWords(words: readonly string[]): boolean {
    return words.every((word) => this.mayHoldWord(word));
  }

  /** Whether the word stands whole somewhere in the text, between spaces or the text's ends. */
  holdsWord(word: string): boolean {
    const text = this.text;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const end = at + word.length;
      if ((at === 0 || text.charCodeAt(at - 1) === SPACE) && (end === text.length || text.charCodeAt(end) === SPACE))
        return true;
    }
    return false;
  }
}
