import { stopwords } from '../lexicons/index.js';
import { stripAccents } from './normalize.js';

/**
 * Reduces a word to a crude stem so that "monitors", "monitoring" and "monitored" meet; good
 * enough for ranking, and the same for English and Spanish plurals.
 */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  // Plural first, then the verb or noun ending, so "meetings" and "meeting" both give "meet".
  const singular = word.replace(/ies$/u, 'y').replace(/(?<=[^s])s$/u, '').replace(/ciones$/u, 'cion');
  const stemmed = singular.replace(/(?:ations?|ing|edly|ed|cion|mente)$/u, '');
  return stemmed.length >= 3 ? stemmed : singular;
}

/** The content terms of a text: folded, accent-free, without function words, stemmed. */
export function termsOf(text: string): string[] {
  const words = stripAccents(text.toLowerCase()).match(/[a-z0-9ñ]+/gu) ?? [];
  return words.filter((word) => word.length > 2 && !stopwords.has(word)).map(stem);
}
