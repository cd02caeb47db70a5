import { WordClass, type NameLookups } from './lookups.js';
import { phraseEnd } from './phrases.js';
import { isIn, type Token } from './tokens.js';

/** Which known name starts at each token (see `knownAt`), as far as these rules need it. */
type KnownStarts = ReadonlyArray<{ readonly end: number; readonly known: { readonly kind: string } } | undefined>;

/** An all-capital word of two to six letters ("DEA", "SRE"). */
export function isAcronym(text: string, token: Token): boolean {
  const length = token.end - token.start;
  // Asked of every capitalised word: most fail on their length or second letter before any slice.
  if (length < 2 || length > 6 || !token.capitalized) return false;
  const second = text.charCodeAt(token.start + 1);
  if (second >= 97 && second <= 122) return false;
  return ACRONYM.test(text.slice(token.start, token.end));
}
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** A word with capitals inside it, as brands and agencies write themselves ("CIBanco", "FinCEN"); "McAllen" is a name. */
export function isInnerCapitals(text: string, token: Token): boolean {
  if (token.end - token.start < 4) return false;
  const word = text.slice(token.start, token.end);
  return (
    word.length >= 4 &&
    /\p{Lu}{2}/u.test(word) &&
    /\p{Ll}/u.test(word) &&
    !/^(?:Mc|Mac)/u.test(word) &&
    !isPluralAcronym(word) &&
    !/-\p{Ll}/u.test(word)
  );
}

/** "FTOs", "TCOs": an acronym in the plural names a kind of body, never one body. */
export const isPluralAcronym = (word: string) => /^\p{Lu}{2,6}s$/u.test(word);

/** Whether `«N»`, `“N”` or `"N"` follows: the surname withheld, as Mexican authorities write the accused. */
export function isWithheldSurname(text: string, tokens: readonly Token[], end: number): boolean {
  if (tokens[end + 1]?.folded !== 'n') return false;
  const open = tokens[end]?.folded;
  const close = tokens[end + 2]?.folded;
  return (
    (open === '«' || open === '“' || open === '"') &&
    tokens[end + 1] !== undefined &&
    text.slice(tokens[end + 1]!.start, tokens[end + 1]!.end) === 'N' &&
    (close === '»' || close === '”' || close === '"')
  );
}

/** "London’s The Telegraph": a capital "The" inside a sentence opens the title of a publication. */
export function isTheNamed(text: string, tokens: readonly Token[], at: number, sentenceStart: boolean): boolean {
  const before = tokens[at - 1];
  if (!before || before.folded !== 'the' || !before.capitalized || !tokens[at]!.joined || sentenceStart) return false;
  // "The Lord of The Skies": after "of" the article belongs to the name before.
  const opener = tokens[at - 2];
  return (
    opener !== undefined &&
    opener.folded !== '“' &&
    opener.folded !== '"' &&
    opener.folded !== ':' &&
    opener.folded !== '.' &&
    opener.folded !== '(' &&
    !isIn(opener, WordClass.connector)
  );
}

/** "the Obama administration": one capitalised word between "the" and a lower-case "administration". */
export function administrationOf(tokens: readonly Token[], from: number, to: number): boolean {
  const after = tokens[to];
  return (
    to - from === 1 &&
    tokens[from - 1]?.folded === 'the' &&
    after !== undefined &&
    !after.capitalized &&
    after.folded === 'administration'
  );
}

/** Whether a person's name follows at `at`: a known person, or a given name and another capitalised word. */
export function personFollows(tokens: readonly Token[], at: number, known: KnownStarts): boolean {
  if (known[at]?.known.kind === 'person') return true;
  return (
    isIn(tokens[at], WordClass.givenName) &&
    tokens[at]!.capitalized &&
    tokens[at + 1]?.capitalized === true &&
    tokens[at + 1]!.joined
  );
}

/** How many lower-case particles open a surname at `at` ("de la Fuente"): at most two, then a capitalised word. */
export function particlesBefore(tokens: readonly Token[], at: number): number {
  let k = at;
  while (k - at < 2 && isIn(tokens[k], WordClass.surnameParticle) && !tokens[k]!.capitalized && tokens[k]!.joined) k++;
  return k > at && tokens[k]?.capitalized && tokens[k]!.joined ? k - at : 0;
}

/**
 * Whether a person's name starts at `at`, after a title and a comma: a known person, a given name, or
 * two to four capitalised words that end the clause and name no body or place.
 */
export function isNameAfterComma(text: string, tokens: readonly Token[], at: number, known: KnownStarts): boolean {
  const first = tokens[at];
  if (!first || !first.capitalized) return false;
  if (known[at]?.known.kind === 'person' || isIn(first, WordClass.givenName)) return true;
  if (known[at] || isIn(first, WordClass.notName | WordClass.organizationOpener) || isAcronym(text, first))
    return false;
  let end = at;
  while (end < tokens.length && end - at < 5 && tokens[end]!.capitalized && tokens[end]!.joined && !known[end]) end++;
  if (end - at < 2 || end - at > 4) return false;
  if (isIn(tokens[end - 1], WordClass.organizationHead | WordClass.placeHead)) return false;
  const after = tokens[end]?.folded;
  return (
    after === undefined || after === ',' || after === '.' || after === ')' || after === ';' || !tokens[end]!.capitalized
  );
}

/** Where the name governed by a lower-case kind of body starts ("cártel de |Sinaloa"), or -1. */
export function organizationLeadEnd(tokens: readonly Token[], at: number, lookups: NameLookups): number {
  const end = phraseEnd(tokens, at, lookups.organizationLeads);
  if (end < 0) return -1;
  let k = end;
  while (k - end < 2 && isIn(tokens[k], WordClass.connector) && !tokens[k]!.capitalized) k++;
  return k > end && tokens[k]?.capitalized && tokens[k]!.joined && !isIn(tokens[k], WordClass.notName) ? k : -1;
}

/**
 * Whether the capitalised words `[from, to)` are described as a body: by a noun before them ("la
 * empresa Intanza", "the company Vector") or by an apposition after them ("Arroyo Terminals, a
 * company located in …", "Intanza, compañía que …").
 */
export function isOrganizationDescribed(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  lookups: NameLookups,
): boolean {
  const before = tokens[from - 1];
  if (
    before &&
    !before.capitalized &&
    tokens[from]!.joined &&
    lookups.organizationDescriptors.get(before.folded)?.some((d) => d.words.length === 1)
  )
    return true;
  if (tokens[to]?.folded !== ',' || (to - from === 1 && lookups.knownSurnames.has(tokens[from]!.folded))) return false;
  let k = to + 1;
  // "Trump, la agencia ha …" starts a new clause: an apposition that describes opens with an indefinite article or none.
  if (isIn(tokens[k], WordClass.roleArticle) || tokens[k]?.folded === 'el' || tokens[k]?.folded === 'la') return false;
  if (isIn(tokens[k], WordClass.appositionArticle)) k++;
  // "…, a brokerage firm managing …": the noun may follow an adjective.
  for (let j = k; j < Math.min(tokens.length, k + 3); j++) {
    if (tokens[j]!.capitalized || tokens[j]!.folded === ',') return false;
    const end = phraseEnd(tokens, j, lookups.organizationDescriptors);
    // "a cartel leader", "un banco… " : the noun must head the apposition, not qualify a person.
    if (end > 0) return !isIn(tokens[end], WordClass.personDescriptor | WordClass.titleStart);
  }
  return false;
}
