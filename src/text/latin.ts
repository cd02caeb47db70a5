/**
 * Latin script without Unicode property classes: patterns with `\p{L}` are several times slower,
 * and nearly all we read is English and Spanish.
 */

/** Code point ranges (inclusive) of the letters and digits of `\p{L}\p{N}` up to U+024F, lower case. */
const LATIN_WORD_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x30, 0x39],
  [0x61, 0x7a],
  [0xaa, 0xaa],
  [0xb2, 0xb3],
  [0xb5, 0xb5],
  [0xb9, 0xba],
  [0xbc, 0xbe],
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0x24f],
];

const escaped = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;

/** The same ranges as the body of a regular-expression class (text is lower-cased first). */
export const LATIN_WORD_CHARACTERS = LATIN_WORD_RANGES.map(([from, to]) =>
  from === to ? escaped(from) : `${escaped(from)}-${escaped(to)}`,
).join('');

const LATIN_END = 0x250;
const WORD_CODES = new Uint8Array(LATIN_END);
for (const [from, to] of LATIN_WORD_RANGES) WORD_CODES.fill(1, from, to + 1);

/** Whether a character code of lower-cased Latin text is a letter or digit: a table lookup where a scanner asks of every character. */
function isLatinWordCode(code: number): boolean {
  return code < LATIN_END && WORD_CODES[code] === 1;
}

/** Calls `visit` with the start and end of each word (run of letters and digits) of a lower-cased Latin text, in order. */
export function forEachLatinWord(lower: string, visit: (start: number, end: number) => void): void {
  for (let at = 0; at < lower.length;) {
    if (!isLatinWordCode(lower.charCodeAt(at))) {
      at++;
      continue;
    }
    let end = at + 1;
    while (end < lower.length && isLatinWordCode(lower.charCodeAt(end))) end++;
    visit(at, end);
    at = end;
  }
}

// Latin letters, general punctuation and currency signs: nothing here outside LATIN_WORD_CHARACTERS is a letter or digit.
const LATIN_TEXT = /^[\u0000-\u024f\u2000-\u206f\u20a0-\u20cf]*$/;

/** Whether a lower-cased text is all Latin, so LATIN_WORD_CHARACTERS finds exactly the words `\p{L}\p{N}` would. */
export function isLatinText(lower: string): boolean {
  return LATIN_TEXT.test(lower);
}
