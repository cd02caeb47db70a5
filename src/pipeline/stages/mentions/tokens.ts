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

// Dotted acronyms ("U.S.", "EE.UU."), words with inner hyphens and apostrophes, numbers, or one mark.
const tokenPattern = /(?:\p{Lu}{1,2}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*\.?|\p{N}[\p{N},.]*\p{N}|\p{N}|[^\s\p{L}\p{N}]/gu;
const possessiveEnd = /['’]s$/u;

/**
 * Splits `[start, end)` of `text` into tokens. A final period stays on a word only when the word is a
 * known abbreviation ("Dr.", "Gen."); a possessive "'s" is cut off and remembered on the word.
 */
export function tokenize(text: string, start: number, end: number, abbreviations: ReadonlySet<string>): Token[] {
  const tokens: Token[] = [];
  tokenPattern.lastIndex = 0;
  const slice = text.slice(start, end);
  let previousEnd = -1;
  for (const match of slice.matchAll(tokenPattern)) {
    let word = match[0];
    const at = start + match.index;
    if (word.length > 1 && word.endsWith('.') && !/^(?:\p{Lu}{1,2}\.){2,}$/u.test(word) && !abbreviations.has(word.slice(0, -1).toLowerCase())) word = word.slice(0, -1);
    let possessive = false;
    if (possessiveEnd.test(word) && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    }
    const joined = previousEnd >= 0 && /^[ \u00a0]+$/u.test(text.slice(previousEnd, at));
    tokens.push({
      start: at,
      end: at + word.length,
      text: word,
      folded: word.toLowerCase().replace(/’/g, "'"),
      capitalized: /^\p{Lu}/u.test(word),
      possessive,
      joined,
    });
    previousEnd = at + word.length;
  }
  return tokens;
}
