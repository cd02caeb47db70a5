import type { Span } from '../../../core/index.js';

const MAX_WORDS = 30;

/** The action a cue introduces: the words after it, to the end of the clause, at most 30 words. */
export function actionAfter(text: string, from: number, limit: number): Span | null {
  let start = from;
  while (start < limit && /[\s,:]/.test(text[start]!)) start++;
  let end = limit;
  const clause = /[;—–]|\.\s|\.$|,\s(?:but|while|although|which|as)\s/u.exec(text.slice(start, limit));
  if (clause) end = start + clause.index;
  const words = text.slice(start, end).split(/\s+/);
  if (words.length > MAX_WORDS) end = start + words.slice(0, MAX_WORDS).join(' ').length;
  while (end > start && /[\s.,;:"”’»]/.test(text[end - 1]!)) end--;
  return end - start >= 3 ? { start, end } : null;
}
