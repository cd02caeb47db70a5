/** A word of a sentence, with where it is and how it is written. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower case, curly apostrophes straightened. */
  readonly folded: string;
  /** Starts with a capital letter (or is a dotted acronym such as "U.S."). */
  readonly capitalized: boolean;
  /** Whether a possessive "'s" follows the word directly. */
  readonly possessive: boolean;
  /** Whether only spaces separate this token from the one before. */
  readonly joined: boolean;
}

const LETTER = /[\p{L}\p{M}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const DIGIT = /\p{N}/u;
const SPACE = /\s/u;

// Character classes by code: ASCII is decided without a regex, the rest through the Unicode ones above.
const isLetter = (c: string) => { const code = c.charCodeAt(0); return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0xc0 && LETTER.test(c)); };
const isWordChar = (c: string) => { const code = c.charCodeAt(0); return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0xc0 && LETTER_OR_DIGIT.test(c)); };
const isDigit = (c: string) => { const code = c.charCodeAt(0); return (code >= 48 && code <= 57) || (code >= 0xc0 && DIGIT.test(c)); };
const isUpper = (c: string) => { const code = c.charCodeAt(0); return (code >= 65 && code <= 90) || (code >= 0xc0 && UPPER.test(c)); };
const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0' || (c.charCodeAt(0) > 127 && SPACE.test(c));

/**
 * Splits `[start, end)` of `text` into tokens: dotted acronyms ("U.S.", "EE.UU."), words with inner
 * hyphens and apostrophes, numbers, or one mark. A final period stays on a word only when the word
 * is a known abbreviation ("Dr.", "Gen."); a possessive "'s" is cut off and remembered on the word.
 * A hand-written scanner: this runs on every sentence, and a Unicode regex here cost half the stage.
 */
export function tokenize(text: string, start: number, end: number, abbreviations: ReadonlySet<string>, lower: string = text.toLowerCase()): Token[] {
  // A word's lower case is cut from the text's, lower-cased once: word by word, text with curly
  // quotes (stored as two-byte strings) takes the slow path of case conversion each time.
  const lowerByOffset = lower.length === text.length;
  const tokens: Token[] = [];
  let i = start;
  let previousEnd = -1;
  while (i < end) {
    const c = text[i]!;
    if (isSpace(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    let word: string;
    if (isUpper(c) && acronymEnd(text, i, end) > i) {
      j = acronymEnd(text, i, end);
    } else if (isLetter(c)) {
      while (j < end && isWordChar(text[j]!)) j++;
      // Inner hyphens and apostrophes join words: "Felbab-Brown", "O'Neill", "Sheinbaum’s".
      while (j + 1 < end && (text[j] === '-' || text[j] === "'" || text[j] === '’') && isWordChar(text[j + 1]!)) {
        j++;
        while (j < end && isWordChar(text[j]!)) j++;
      }
      if (j < end && text[j] === '.') j++;
    } else if (isDigit(c)) {
      while (j < end && (isDigit(text[j]!) || ((text[j] === ',' || text[j] === '.') && j + 1 < end && isDigit(text[j + 1]!)))) j++;
    }
    word = text.slice(i, j);
    if (word.length > 1 && word.endsWith('.') && !isAcronym(word) && !abbreviations.has(word.slice(0, -1).toLowerCase())) word = word.slice(0, -1);
    let possessive = false;
    if (word.length > 2 && (word.endsWith("'s") || word.endsWith('’s'))) {
      word = word.slice(0, -2);
      possessive = true;
    }
    const joined = previousEnd >= 0 && isOnlySpaces(text, previousEnd, i);
    const folded = foldToken(lowerByOffset ? lower.slice(i, i + word.length) : word.toLowerCase());
    tokens.push({ start: i, end: i + word.length, text: word, folded, capitalized: isUpper(word[0]!), possessive, joined });
    previousEnd = i + word.length;
    i = j;
  }
  return tokens;
}

/** A lower-cased word with curly apostrophes straightened (most words have none, and are spared the pattern). */
function foldToken(lower: string): string {
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** The end of a dotted acronym of at least two letters-with-periods starting at `i` ("U.S.", "EE.UU."), or `i`. */
function acronymEnd(text: string, i: number, end: number): number {
  let j = i;
  let groups = 0;
  while (j < end) {
    let k = j;
    while (k < end && k - j < 2 && isUpper(text[k]!)) k++;
    if (k === j || text[k] !== '.') break;
    j = k + 1;
    groups++;
  }
  return groups >= 2 ? j : i;
}

function isAcronym(word: string): boolean {
  return acronymEnd(word, 0, word.length) === word.length;
}

function isOnlySpaces(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) if (text[k] !== ' ' && text[k] !== '\u00a0') return false;
  return true;
}
