/** A word of a sentence, with where it is and how it is written. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** Lower case, curly apostrophes straightened; a mark (",", "“") is itself. */
  readonly folded: string;
  /** Which lookup tables hold the folded word: `WordClass` bits, from one lookup per token. */
  readonly classes: number;
  /** Starts with a capital letter (or is a dotted acronym such as "U.S."). */
  readonly capitalized: boolean;
  /** Whether a possessive "'s" follows the word directly. */
  readonly possessive: boolean;
  /** Whether only spaces separate this token from the one before. */
  readonly joined: boolean;
}

/** Whether `token` exists and the table of `wordClass` holds its word. */
export function isIn(token: Token | undefined, wordClass: number): boolean {
  return token !== undefined && (token.classes & wordClass) !== 0;
}

const LETTER = /[\p{L}\p{M}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const DIGIT = /\p{N}/u;
const SPACE = /\s/u;

// What the scanner asks of a UTF-16 code unit, as bits. Beyond ASCII only from U+00C0: the scanner
// has always treated "ª", "µ" or "²" as marks, and it must split words the same way.
const CLASSIFIED = 1;
const IS_SPACE = 2;
const IS_LETTER = 4;
const IS_WORD_CHAR = 8;
const IS_DIGIT = 16;
const IS_UPPER = 32;

function classify(code: number): number {
  const c = String.fromCharCode(code);
  const ascii = code < 0x80;
  const unicode = code >= 0xc0;
  let bits = CLASSIFIED;
  if (c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0' || (!ascii && SPACE.test(c)))
    bits |= IS_SPACE;
  if ((ascii && /[a-zA-Z]/.test(c)) || (unicode && LETTER.test(c))) bits |= IS_LETTER;
  if ((ascii && /[a-zA-Z0-9]/.test(c)) || (unicode && LETTER_OR_DIGIT.test(c))) bits |= IS_WORD_CHAR;
  if ((ascii && /[0-9]/.test(c)) || (unicode && DIGIT.test(c))) bits |= IS_DIGIT;
  if ((ascii && /[A-Z]/.test(c)) || (unicode && UPPER.test(c))) bits |= IS_UPPER;
  return bits;
}

// Filled as code units are first met: the scanner then asks a table, not a regex, for every character.
const classesByCode = new Uint8Array(0x10000);

function charClass(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return classesByCode[code] || (classesByCode[code] = classify(code));
}

const isSpace = (text: string, at: number) => (charClass(text, at) & IS_SPACE) !== 0;
const isLetter = (text: string, at: number) => (charClass(text, at) & IS_LETTER) !== 0;
const isWordChar = (text: string, at: number) => (charClass(text, at) & IS_WORD_CHAR) !== 0;
const isDigit = (text: string, at: number) => (charClass(text, at) & IS_DIGIT) !== 0;
const isUpper = (text: string, at: number) => (charClass(text, at) & IS_UPPER) !== 0;

const noClasses: ReadonlyMap<string, number> = new Map();

/**
 * The text lower-cased, curly apostrophes straightened: what tokens' folded words are cut from.
 * Done once per text: word by word, text with curly quotes (stored as two-byte strings) takes the
 * slow path of case conversion each time.
 */
export function foldedText(text: string): string {
  return text.toLowerCase().replaceAll('’', "'");
}

/**
 * Splits `[start, end)` of `text` into tokens: dotted acronyms ("U.S.", "EE.UU."), words with inner
 * hyphens and apostrophes, numbers, or one mark. A final period stays on a word only when the word
 * is a known abbreviation ("Dr.", "Gen."); a possessive "'s" is cut off and remembered on the word.
 * A hand-written scanner over character codes: this runs on every sentence, and a Unicode regex
 * here cost half the stage. Only the folded word is cut from the text; callers slice the rest.
 */
export function tokenize(
  text: string,
  start: number,
  end: number,
  abbreviations: ReadonlySet<string>,
  folded: string = foldedText(text),
  classesOf: ReadonlyMap<string, number> = noClasses,
): Token[] {
  // Lower case may change a text's length ("İ"), and then the offsets of the folded text are not the text's.
  const foldedByOffset = folded.length === text.length;
  const tokens: Token[] = [];
  let i = start;
  let previousEnd = -1;
  while (i < end) {
    if (isSpace(text, i)) {
      i++;
      continue;
    }
    const acronym = isUpper(text, i) ? acronymEnd(text, i, end) : i;
    let j = i + 1;
    if (acronym > i) {
      j = acronym;
    } else if (isLetter(text, i)) {
      while (j < end && isWordChar(text, j)) j++;
      // Inner hyphens and apostrophes join words: "Felbab-Brown", "O'Neill", "Sheinbaum’s".
      while (j + 1 < end && isInnerJoiner(text.charCodeAt(j)) && isWordChar(text, j + 1)) {
        j++;
        while (j < end && isWordChar(text, j)) j++;
      }
      if (j < end && text.charCodeAt(j) === PERIOD) j++;
    } else if (isDigit(text, i)) {
      while (
        j < end &&
        (isDigit(text, j) || (isDigitSeparator(text.charCodeAt(j)) && j + 1 < end && isDigit(text, j + 1)))
      )
        j++;
    }
    let wordEnd = j;
    // "Donald J. Trump": a capital and a period before a capitalised word is an initial, not a sentence's end.
    const initial =
      wordEnd - i === 2 &&
      text.charCodeAt(wordEnd - 1) === PERIOD &&
      isUpper(text, i) &&
      text.charCodeAt(wordEnd) === 0x20 &&
      wordEnd + 1 < end &&
      isUpper(text, wordEnd + 1);
    if (
      !initial &&
      wordEnd - i > 1 &&
      text.charCodeAt(wordEnd - 1) === PERIOD &&
      !isAbbreviation(text, i, wordEnd, abbreviations)
    )
      wordEnd--;
    let possessive = false;
    if (wordEnd - i > 2 && text.charCodeAt(wordEnd - 1) === LOWER_S && isApostrophe(text.charCodeAt(wordEnd - 2))) {
      wordEnd -= 2;
      possessive = true;
    }
    const joined = previousEnd >= 0 && isOnlySpaces(text, previousEnd, i);
    const word = foldedByOffset ? folded.slice(i, wordEnd) : foldedText(text.slice(i, wordEnd));
    tokens.push({
      start: i,
      end: wordEnd,
      folded: word,
      classes: classesOf.get(word) ?? 0,
      capitalized: isUpper(text, i),
      possessive,
      joined,
    });
    previousEnd = wordEnd;
    i = j;
  }
  return tokens;
}

const PERIOD = 0x2e;
const LOWER_S = 0x73;
const isApostrophe = (code: number) => code === 0x27 || code === 0x2019;
const isInnerJoiner = (code: number) => code === 0x2d || isApostrophe(code);
const isDigitSeparator = (code: number) => code === 0x2c || code === PERIOD;

/** Whether the word `[from, to)`, which ends with a period, keeps it: a dotted acronym or a known abbreviation. */
function isAbbreviation(text: string, from: number, to: number, abbreviations: ReadonlySet<string>): boolean {
  const word = text.slice(from, to);
  return isAcronym(word) || abbreviations.has(word.slice(0, -1).toLowerCase());
}

/** The end of a dotted acronym of at least two letters-with-periods starting at `i` ("U.S.", "EE.UU."), or `i`. */
function acronymEnd(text: string, i: number, end: number): number {
  let j = i;
  let groups = 0;
  while (j < end) {
    let k = j;
    while (k < end && k - j < 2 && isUpper(text, k)) k++;
    if (k === j || text.charCodeAt(k) !== PERIOD) break;
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
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code !== 0x20 && code !== 0xa0) return false;
  }
  return true;
}
