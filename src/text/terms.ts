import { stripAccents } from './normalize.js';

/**
 * Reduces a word to a crude stem so that "monitors", "monitoring" and "monitored" meet; good
 * enough for ranking, and the same for English and Spanish plurals.
 */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  // Plural first, then the verb or noun ending, so "meetings" and "meeting" both give "meet".
  // Suffix tests rather than patterns anchored at the end, which are tried at every offset of every word.
  let singular = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word;
  if (singular.length >= 2 && singular.endsWith('s') && singular[singular.length - 2] !== 's')
    singular = singular.slice(0, -1);
  if (singular.endsWith('ciones')) singular = `${singular.slice(0, -6)}cion`;
  const ending = ENDINGS.find((suffix) => singular.endsWith(suffix));
  const stemmed = ending ? singular.slice(0, -ending.length) : singular;
  return stemmed.length >= 3 ? stemmed : singular;
}

/** Verb and noun endings, longest first: the longest one a word ends with goes. */
const ENDINGS = ['ations', 'ation', 'mente', 'edly', 'cion', 'ing', 'ed'];

/**
 * The content terms of a text: folded, accent-free, without the function words given (the lexicons'
 * `stopwords`), stemmed.
 */
export function termsOf(text: string, stopwords: ReadonlySet<string>): string[] {
  const words = stripAccents(text.toLowerCase()).match(/[a-z0-9ñ]+/gu) ?? [];
  return words.filter((word) => word.length > 2 && !stopwords.has(word)).map(stem);
}
