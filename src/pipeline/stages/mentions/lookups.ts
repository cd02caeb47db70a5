import type { EntityKind, KnownActor } from '../../../core/index.js';
import {
  abbreviationLexicons,
  countryNames,
  knownActors,
  knownTerms,
  nameLexicons,
  type LexiconLanguage,
  type RoleTitle,
} from '../../../lexicons/index.js';
import { tokenize } from './tokens.js';

/** What a name in the gazetteer stands for. */
export interface KnownName {
  /** What the name is; a `term` (a treaty, a programme) is no entity and is skipped. */
  readonly kind: EntityKind | 'term';
  /** Canonical name: the actor's name, or the country's alpha-3 code for countries. */
  readonly canonical: string;
  readonly country: string | null;
  /** Whether the name must match letter case exactly (short all-capital acronyms such as "ICE"). */
  readonly exactCase: string | null;
}

/** Every word list the mentions stage consults, merged across languages and cached. */
export interface NameLookups {
  /** Known names by their first word (folded), each as its folded words, longest first. */
  readonly gazetteer: ReadonlyMap<string, readonly { words: readonly string[]; known: KnownName }[]>;
  /** Titles by their first word, longest first. */
  readonly titles: ReadonlyMap<string, readonly { words: readonly string[]; title: RoleTitle }[]>;
  /** Country adjectives by their first word, longest first. */
  readonly adjectives: ReadonlyMap<string, readonly { words: readonly string[]; country: string }[]>;
  /** Which of the word tables hold a folded word, as `WordClass` bits: one lookup per token answers them all. */
  readonly wordClasses: ReadonlyMap<string, number>;
  /** The languages whose lexicon lists a title (by its words) or a role article. */
  readonly titleLanguages: ReadonlyMap<string, ReadonlySet<string>>;
  readonly articleLanguages: ReadonlyMap<string, ReadonlySet<string>>;
  readonly abbreviations: ReadonlySet<string>;
  /** Surnames of known people that name one person only ("Sheinbaum" → "Claudia Sheinbaum"). */
  readonly knownSurnames: ReadonlyMap<string, string>;
  /** Phrase tables by first word: lower-case organisation tails and leads, institutions, alias cues and credit labels. */
  readonly organizationTails: PhraseTable;
  readonly organizationLeads: PhraseTable;
  readonly institutionNouns: PhraseTable;
  readonly definiteInstitutions: PhraseTable;
  readonly aliasCues: PhraseTable;
  readonly creditLabels: PhraseTable;
  readonly organizationDescriptors: PhraseTable;
  /** Country abbreviations that only one language uses, by language. */
  readonly countryAbbreviations: ReadonlyMap<LexiconLanguage, ReadonlyMap<string, string>>;
}

/** Lower-case phrases by their first word, each as its words, longest first. */
export type PhraseTable = ReadonlyMap<string, readonly { readonly words: readonly string[] }[]>;

/**
 * The word tables, as bits of `NameLookups.wordClasses`. For the phrase tables (known names, titles,
 * country adjectives) the bit says that some phrase starts with the word.
 */
export const WordClass = {
  knownNameStart: 1 << 0,
  titleStart: 1 << 1,
  adjectiveStart: 1 << 2,
  roleArticle: 1 << 3,
  notName: 1 << 4,
  /** Joins the words of any name ("de", "de la"). */
  connector: 1 << 5,
  /** Joins the words of an organisation's name only ("and", "for"). */
  organizationConnector: 1 << 6,
  organizationHead: 1 << 7,
  organizationOpener: 1 << 8,
  placeHead: 1 << 9,
  placeOpener: 1 << 10,
  givenName: 1 << 11,
  /** Describes a person in an apposition ("professor", "spokeswoman"). */
  personDescriptor: 1 << 12,
  /** Joins a place noun to the place's name ("port of", "puerto de"). */
  placeLink: 1 << 13,
  /** May open an apposition describing a person ("a", "la"). */
  appositionArticle: 1 << 14,
  /** Starts a phrase of one of the `PhraseTable`s. */
  phraseStart: 1 << 15,
  /** Names one body by itself when capitalised ("the Navy", "el Congreso"). */
  soloInstitution: 1 << 16,
  /** Opens the name of a group ("Los"). */
  groupArticle: 1 << 17,
  /** A noun of kin ("wife", "hijos"). */
  kinship: 1 << 18,
  /** A plural noun of a kind of body ("organizations"). */
  categoryNoun: 1 << 19,
  /** May follow an organisation's name in lower case as part of it ("federal"). */
  trailingModifier: 1 << 20,
  /** May open a surname in lower case ("de", "van"). */
  surnameParticle: 1 << 21,
  placePreposition: 1 << 22,
} as const;

function wordClassesOf(tables: ReadonlyArray<readonly [number, Iterable<string>]>): Map<string, number> {
  const classes = new Map<string, number>();
  for (const [wordClass, words] of tables)
    for (const word of words) classes.set(word, (classes.get(word) ?? 0) | wordClass);
  return classes;
}

function byFirstWord<T>(entries: Array<{ words: readonly string[] } & T>) {
  const map = new Map<string, Array<{ words: readonly string[] } & T>>();
  for (const entry of entries) {
    const first = entry.words[0];
    if (!first) continue;
    map.set(first, [...(map.get(first) ?? []), entry]);
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
}

const wordsOf = (phrase: string) => phrase.toLowerCase().split(/\s+/).filter(Boolean);

/** The last name of a person's name: the last word, or the last two for Spanish double surnames. */
export function surnameKeys(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  // Filled by push, so that an empty list has the hidden class of a full one (see `confirm`).
  const keys: string[] = [];
  const last = words.at(-1);
  if (last) keys.push(last.toLowerCase());
  if (words.length >= 3) keys.push(words.slice(-2).join(' ').toLowerCase(), words.at(-2)!.toLowerCase());
  return keys;
}

/** Each name cut into words the way sentences are, so that lookups go word by word. */
function gazetteerEntries(entries: ReadonlyArray<readonly [string, KnownName]>, abbreviations: ReadonlySet<string>) {
  const seen = new Set<string>();
  const result: Array<{ words: readonly string[]; known: KnownName }> = [];
  for (const [name, known] of entries) {
    const words = tokenize(name, 0, name.length, abbreviations).map((token) => token.folded);
    const key = words.join(' ');
    if (!words.length || seen.has(key)) continue;
    seen.add(key);
    result.push({ words, known });
  }
  return result;
}

function languagesOf(pairs: ReadonlyArray<readonly [string, string]>): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const [key, language] of pairs) map.set(key, (map.get(key) ?? new Set()).add(language));
  return map;
}

function withAllFields(title: RoleTitle): RoleTitle {
  return { words: title.words, role: title.role, standsAlone: title.standsAlone, honorific: title.honorific ?? false };
}

// Keyed by the actors' content, not the list's identity: settings sent to an analysis thread
// arrive as a fresh copy with each document, and a cache by identity rebuilt the lookups for
// every document (a third of its analysis) and kept each copy for ever (a long-running worker's
// thread reached its 1 GB cap after some 1,700 documents).
const cache = new Map<string, NameLookups>();
const MAX_CACHED = 16;

/** Builds (once per list of user actors) the lookups of the mentions stage. */
export function lookupsFor(userActors: readonly KnownActor[]): NameLookups {
  const key = JSON.stringify(userActors);
  const cached = cache.get(key);
  if (cached) return cached;
  const lexicons = Object.values(nameLexicons);
  const abbreviations = new Set(Object.values(abbreviationLexicons).flatMap((l) => l.abbreviations));
  const entries: Array<[string, KnownName]> = [];
  const exact = (name: string) => (/^[\p{Lu}.]{2,5}$/u.test(name) ? name : null);
  for (const [name, alpha3] of countryNames())
    entries.push([name, { kind: 'country', canonical: alpha3, country: alpha3, exactCase: exact(name) }]);
  for (const name of knownTerms)
    entries.push([name, { kind: 'term', canonical: name, country: null, exactCase: exact(name) }]);
  const actors = [...userActors, ...knownActors];
  for (const actor of actors) {
    for (const name of [actor.name, ...actor.aliases])
      entries.push([name, { kind: actor.kind, canonical: actor.name, country: actor.country, exactCase: exact(name) }]);
  }
  const surnameOwners = new Map<string, Set<string>>();
  for (const actor of actors.filter((a) => a.kind === 'person')) {
    for (const name of [actor.name, ...actor.aliases]) {
      const last = name.split(/\s+/).at(-1)?.toLowerCase();
      if (last && name.includes(' ')) surnameOwners.set(last, (surnameOwners.get(last) ?? new Set()).add(actor.name));
    }
  }
  const gazetteer = byFirstWord(gazetteerEntries(entries, abbreviations));
  // Every title gets all of RoleTitle's fields, in one order, so that titleAt's callers see one hidden class.
  const titles = byFirstWord(
    lexicons.flatMap((l) => l.titles.map((title) => ({ words: wordsOf(title.words), title: withAllFields(title) }))),
  );
  const adjectives = byFirstWord(
    lexicons.flatMap((l) =>
      Object.entries(l.countryAdjectives).map(([words, country]) => ({ words: wordsOf(words), country })),
    ),
  );
  const connectors = lexicons.flatMap((l) => l.connectors);
  const organizationOnlyConnectors = new Set(lexicons.flatMap((l) => l.organizationOnlyConnectors));
  // Cut as sentences are, so that "attorney general's office" meets the tokens "attorney", "general" ('s), "office".
  const phraseWords = (phrase: string) =>
    tokenize(phrase, 0, phrase.length, abbreviations).map((token) => token.folded);
  const phrases = (list: (l: (typeof lexicons)[number]) => readonly string[]) =>
    byFirstWord(lexicons.flatMap((l) => list(l).map((p) => ({ words: phraseWords(p) }))));
  const tables = {
    organizationTails: phrases((l) => l.organizationTails),
    organizationLeads: phrases((l) => l.organizationLeads),
    institutionNouns: phrases((l) => l.institutionNouns),
    definiteInstitutions: phrases((l) => l.definiteInstitutions),
    aliasCues: phrases((l) => l.aliasCues),
    creditLabels: phrases((l) => l.creditLabels),
    organizationDescriptors: phrases((l) => l.organizationDescriptors),
  };
  const lookups: NameLookups = {
    gazetteer,
    titles,
    adjectives,
    wordClasses: wordClassesOf([
      [WordClass.knownNameStart, gazetteer.keys()],
      [WordClass.titleStart, titles.keys()],
      [WordClass.adjectiveStart, adjectives.keys()],
      [WordClass.roleArticle, lexicons.flatMap((l) => l.roleArticles)],
      [WordClass.notName, lexicons.flatMap((l) => l.notNames)],
      [WordClass.connector, connectors.filter((c) => !organizationOnlyConnectors.has(c))],
      [WordClass.organizationConnector, connectors],
      [WordClass.organizationHead, lexicons.flatMap((l) => l.organizationHeads)],
      [WordClass.organizationOpener, lexicons.flatMap((l) => l.organizationOpeners)],
      [WordClass.placeHead, lexicons.flatMap((l) => l.placeHeads)],
      [WordClass.placeOpener, lexicons.flatMap((l) => l.placeOpeners)],
      [WordClass.givenName, lexicons.flatMap((l) => l.givenNames)],
      [WordClass.personDescriptor, lexicons.flatMap((l) => l.personDescriptors)],
      [WordClass.placeLink, lexicons.flatMap((l) => l.placeLinks)],
      [WordClass.appositionArticle, lexicons.flatMap((l) => l.appositionArticles)],
      [WordClass.phraseStart, Object.values(tables).flatMap((table) => [...table.keys()])],
      [WordClass.soloInstitution, lexicons.flatMap((l) => l.soloInstitutions)],
      [WordClass.groupArticle, lexicons.flatMap((l) => l.groupArticles)],
      [WordClass.kinship, lexicons.flatMap((l) => l.kinshipNouns)],
      [WordClass.categoryNoun, lexicons.flatMap((l) => l.categoryNouns)],
      [WordClass.trailingModifier, lexicons.flatMap((l) => l.trailingModifiers)],
      [WordClass.surnameParticle, lexicons.flatMap((l) => l.surnameParticles).flatMap((p) => p.split(' '))],
      [WordClass.placePreposition, lexicons.flatMap((l) => l.placePrepositions)],
    ]),
    titleLanguages: languagesOf(
      Object.entries(nameLexicons).flatMap(([language, l]) => l.titles.map((t) => [t.words, language] as const)),
    ),
    articleLanguages: languagesOf(
      Object.entries(nameLexicons).flatMap(([language, l]) => l.roleArticles.map((a) => [a, language] as const)),
    ),
    abbreviations,
    knownSurnames: new Map(
      [...surnameOwners]
        .filter(([, owners]) => owners.size === 1)
        .map(([surname, owners]) => [surname, [...owners][0]!]),
    ),
    ...tables,
    countryAbbreviations: new Map(
      Object.entries(nameLexicons).map(([language, l]) => [
        language as LexiconLanguage,
        new Map(Object.entries(l.countryAbbreviations)),
      ]),
    ),
  };
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, lookups);
  return lookups;
}
