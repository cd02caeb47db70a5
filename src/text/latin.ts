/**
 * Latin script without Unicode property classes: patterns with `\p{L}` are several times slower,
 * and nearly all we read is English and Spanish.
 */

/** The letters and digits of `\p{L}\p{N}` up to U+024F, lower case (text is lower-cased first). */
export const LATIN_WORD_CHARACTERS = '0-9a-z\\u00aa\\u00b2\\u00b3\\u00b5\\u00b9\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f';

// Latin letters, general punctuation and currency signs: nothing here outside LATIN_WORD_CHARACTERS is a letter or digit.
const LATIN_TEXT = /^[\u0000-\u024f\u2000-\u206f\u20a0-\u20cf]*$/;

/** Whether a lower-cased text is all Latin, so LATIN_WORD_CHARACTERS finds exactly the words `\p{L}\p{N}` would. */
export function isLatinText(lower: string): boolean {
  return LATIN_TEXT.test(lower);
}
