export { wordIndexAt } from '../../common/phrase-matcher.js';

/** Whether a word ends in one of the endings and is longer than the ending by at least two letters. */
export function hasEnding(word: string, endings: readonly string[]): boolean {
  for (const ending of endings) if (word.length >= ending.length + 2 && word.endsWith(ending)) return true;
  return false;
}
