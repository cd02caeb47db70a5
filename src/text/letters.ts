/** Letters without a Unicode-class pattern where a pattern would be tried at every offset of a text. */

const LETTER = /^\p{L}$/u;

/** Whether the code point at `i` of `text` (a whole surrogate pair, if one starts there) is a letter. */
function isLetterAt(text: string, i: number, length: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return LETTER.test(text.slice(i, i + length));
}

/** The run of letters that ends `text` ("said she" → "she"), or undefined: as `/(\p{L}+)$/u` would find it. */
export function trailingLetters(text: string): string | undefined {
  let start = text.length;
  while (start > 0) {
    const code = text.charCodeAt(start - 1);
    // A low surrogate closes a pair: the letter, if it is one, spans both halves.
    const pair =
      code >= 0xdc00 &&
      code <= 0xdfff &&
      start > 1 &&
      text.charCodeAt(start - 2) >= 0xd800 &&
      text.charCodeAt(start - 2) <= 0xdbff;
    const width = pair ? 2 : 1;
    if (!isLetterAt(text, start - width, width)) break;
    start -= width;
  }
  return start < text.length ? text.slice(start) : undefined;
}
