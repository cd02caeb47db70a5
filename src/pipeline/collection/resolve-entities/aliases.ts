import { foldForLookup, stripAccents } from '../../../text/normalize.js';

const fold = (value: string) => stripAccents(foldForLookup(value));
/** Written all in capitals: a dateline or headline form ("MEXICO CITY", "McALLEN" is not). */
const shouted = (value: string) => /\p{Lu}.*\p{Lu}/u.test(value) && !/\p{Ll}/u.test(value);
const hasLowercase = (value: string) => /\p{Ll}/u.test(value);

/**
 * The other names an entity goes by, as a reader wants them listed: a name that differs from the
 * entity's own (or from one already kept) only in case or accents is the same name set in a
 * dateline ("WASHINGTON", "McALLEN") and is left out, and so is a capitalised phrase of several
 * words ("CIUDAD DE MÉXICO"); a short capitalised word stays, as acronyms are written so ("CJNG").
 */
export function listedAliases(name: string, names: Iterable<string>): string[] {
  const candidates = [...new Set([...names].filter((n) => n && n !== name))];
  // Names in ordinary case first, so that the capitalised copy of one of them is the one dropped.
  candidates.sort((a, b) => Number(hasLowercase(b)) - Number(hasLowercase(a)) || (a < b ? -1 : a > b ? 1 : 0));
  const seen = new Set([fold(name)]);
  const kept: string[] = [];
  for (const candidate of candidates) {
    const key = fold(candidate);
    if (seen.has(key)) continue;
    if (shouted(candidate) && /\s/.test(candidate.trim())) continue;
    seen.add(key);
    kept.push(candidate);
  }
  return kept.sort();
}
