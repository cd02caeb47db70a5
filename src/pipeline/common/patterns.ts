/**
 * The pattern toolkit: how stages turn lexicon words into regular expressions. One escape, one
 * alternation and one Unicode word boundary, so that every stage reads a phrase the same way.
 */

/** Escapes the characters a regular expression reads as syntax, so that `text` matches itself. */
export const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phrase as a pattern: escaped, with any run of white space between its words. */
export const phrasePattern = (phrase: string): string => escape(phrase).replace(/ /g, '\\s+');

/**
 * Phrases as one alternation (without the surrounding group), each once and the longest first, so that
 * at any place the longest phrase wins.
 */
export const alternation = (phrases: Iterable<string>): string =>
  [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map(phrasePattern)
    .join('|');

/** The Unicode word boundary before a word, for `u` patterns: no letter or digit just before. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';

/** The Unicode word boundary after a word, for `u` patterns: no letter or digit just after. */
export const WORD_END = '(?![\\p{L}\\p{N}])';

/**
 * The same boundaries for patterns without the `u` flag, which run case-insensitive alternations
 * several times faster: words of such lists start with an ASCII letter, so `\b` guards the start,
 * and a Latin letter class guards the end.
 */
export const LATIN_WORD_START = '\\b';

/** See `LATIN_WORD_START`. */
export const LATIN_WORD_END = '(?![A-Za-z\\u00C0-\\u024F0-9])';

/**
 * A text that ends with one of `words` (any case) and white space: "… was ", tested on the text right
 * before a word that the word before it changes.
 */
export const endingWith = (words: Iterable<string>): RegExp =>
  new RegExp(`${WORD_START}(?:${alternation(words)})\\s+$`, 'iu');
