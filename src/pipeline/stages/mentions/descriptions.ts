import { WordClass, type NameLookups } from './lookups.js';
import { phraseEnd } from './phrases.js';
import { isIn, type Token } from './tokens.js';

/** A body named by a description in lower case: where it lies in the tokens and its country. */
export interface Description {
  readonly from: number;
  readonly to: number;
  readonly country: string | null;
}

/** A country adjective at `at` and the index after it, or null. */
function adjectiveAt(
  tokens: readonly Token[],
  at: number,
  lookups: NameLookups,
): { end: number; country: string } | null {
  const first = tokens[at];
  if (!first || !isIn(first, WordClass.adjectiveStart)) return null;
  for (const entry of lookups.adjectives.get(first.folded) ?? []) {
    let k = 1;
    while (k < entry.words.length && tokens[at + k]?.folded === entry.words[k]) k++;
    if (k === entry.words.length) return { end: at + k, country: entry.country };
  }
  return null;
}

/**
 * A body that reporting names by a description rather than a name: a country adjective and an
 * institution ("the Mexican military", "U.S. Navy", "el ejército mexicano", "el gabinete de
 * seguridad mexicano"), or an article and an institution that needs no country ("the attorney
 * general's office").
 */
export function descriptionAt(tokens: readonly Token[], at: number, lookups: NameLookups): Description | null {
  // English: the adjective first. A possessive adjective ("Mexico's navy") counts as well.
  const adjective = adjectiveAt(tokens, at, lookups);
  if (adjective && (tokens[adjective.end]?.joined || tokens[adjective.end - 1]!.possessive)) {
    const end = phraseEnd(tokens, adjective.end, lookups.institutionNouns);
    if (end > 0 && !tokens[end - 1]!.possessive && !tokens[end]?.capitalized)
      return { from: at, to: end, country: adjective.country };
  }
  // Spanish: the institution first, the adjective after it.
  const institution = phraseEnd(tokens, at, lookups.institutionNouns);
  if (institution > 0 && tokens[institution]?.joined) {
    const after = adjectiveAt(tokens, institution, lookups);
    if (after && !tokens[institution]!.capitalized) return { from: at, to: after.end, country: after.country };
  }
  // An article and the institution, read from the article, before a title there ("the attorney general") takes it.
  // In lower case only: a capitalised one is a name, read as names are ("la Fiscalía General de la República").
  if (isIn(tokens[at], WordClass.roleArticle) && tokens[at + 1]?.joined && !tokens[at + 1]!.capitalized) {
    const end = phraseEnd(tokens, at + 1, lookups.definiteInstitutions);
    if (end > 0 && !tokens[end]?.capitalized) return { from: at + 1, to: end, country: null };
  }
  return null;
}

/** Where a lower-case tail that makes the capitalised words before it an organisation ends ("… drug cartel"), or -1. */
export function organizationTailEnd(tokens: readonly Token[], at: number, lookups: NameLookups): number {
  const token = tokens[at];
  if (!token || token.capitalized || !token.joined) return -1;
  return phraseEnd(tokens, at, lookups.organizationTails);
}
