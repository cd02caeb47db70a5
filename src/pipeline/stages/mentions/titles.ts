import type { RoleTitle } from '../../../lexicons/index.js';
import { WordClass, type NameLookups } from './lookups.js';
import { isIn, type Token } from './tokens.js';

/** A role phrase found in the tokens: [article] [country adjective] title [country adjective]. */
export interface TitlePhrase {
  /** Index of the article ("the", "la"), when there is one. */
  readonly article: number | null;
  /** First and past-the-end token index of the role (adjectives and title, no article). */
  readonly roleStart: number;
  readonly roleEnd: number;
  readonly title: RoleTitle;
  readonly country: string | null;
}

/**
 * The longest entry of `table` whose words the tokens spell from `at`, with the index after it.
 * `startClass` tells the words that start an entry, and spares the table most words.
 */
function longest<T>(
  tokens: readonly Token[],
  at: number,
  table: ReadonlyMap<string, readonly ({ words: readonly string[] } & T)[]>,
  startClass: number,
) {
  const first = tokens[at];
  if (!first || !isIn(first, startClass)) return null;
  const entries = table.get(first.folded);
  if (!entries) return null;
  for (const entry of entries) {
    let ok = true;
    for (let k = 1; k < entry.words.length; k++) {
      const token = tokens[at + k];
      if (!token || !token.joined || token.folded !== entry.words[k]) {
        ok = false;
        break;
      }
    }
    // A possessive can only end the phrase: "Mexico's president", not "Secretary's of".
    for (let k = 0; ok && k < entry.words.length - 1; k++) if (tokens[at + k]!.possessive) ok = false;
    if (ok) return { entry, end: at + entry.words.length };
  }
  return null;
}

const PHRASE_OPENERS = WordClass.roleArticle | WordClass.adjectiveStart | WordClass.titleStart;

/** Reads a role phrase starting at token `at`, or null. */
export function titleAt(tokens: readonly Token[], at: number, lookups: NameLookups): TitlePhrase | null {
  // Asked of every word, and most words can open no role phrase.
  if (!isIn(tokens[at], PHRASE_OPENERS)) return null;
  let position = at;
  let article: number | null = null;
  if (isIn(tokens[position], WordClass.roleArticle)) article = position++;
  let country: string | null = null;
  const roleStart = position;
  const before = longest(tokens, position, lookups.adjectives, WordClass.adjectiveStart);
  if (before) {
    // "Mexico's president": the possessive belongs to the adjective.
    country = before.entry.country;
    position = before.end;
  }
  const title = longest(tokens, position, lookups.titles, WordClass.titleStart);
  if (!title || (position > roleStart && !tokens[position]!.joined && !tokens[position - 1]!.possessive)) return null;
  position = title.end;
  const after = tokens[position]?.joined
    ? longest(tokens, position, lookups.adjectives, WordClass.adjectiveStart)
    : null;
  if (after && !tokens[title.end - 1]!.possessive) {
    country ??= after.entry.country;
    position = after.end;
  }
  return { article, roleStart, roleEnd: position, title: title.entry.title, country };
}
