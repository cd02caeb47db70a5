import { WordClass, type PhraseTable } from './lookups.js';
import { isIn, type Token } from './tokens.js';

/**
 * The end (past the last token) of the longest phrase of `table` that the tokens spell from `at`,
 * the words side by side or one space apart; -1 when none does.
 */
export function phraseEnd(tokens: readonly Token[], at: number, table: PhraseTable): number {
  const first = tokens[at];
  if (!first || !isIn(first, WordClass.phraseStart)) return -1;
  const entries = table.get(first.folded);
  if (!entries) return -1;
  for (const entry of entries) {
    let k = 1;
    while (
      k < entry.words.length &&
      tokens[at + k]?.folded === entry.words[k] &&
      (tokens[at + k]!.joined || tokens[at + k - 1]!.possessive)
    )
      k++;
    if (k === entry.words.length) return at + k;
  }
  return -1;
}
