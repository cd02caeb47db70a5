import type { EntityKind, KnownActor } from '../../../core/index.js';
import { abbreviationLexicons, countryNames, knownActors, nameLexicons, type RoleTitle } from '../../../lexicons/index.js';
import { tokenize } from './tokens.js';

/** What a name in the gazetteer stands for. */
export interface KnownName {
  readonly kind: EntityKind;
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
  readonly connectors: ReadonlySet<string>;
  readonly organizationConnectors: ReadonlySet<string>;
  readonly organizationHeads: ReadonlySet<string>;
  readonly organizationOpeners: ReadonlySet<string>;
  readonly placeHeads: ReadonlySet<string>;
  readonly placeOpeners: ReadonlySet<string>;
  readonly notNames: ReadonlySet<string>;
  readonly givenNames: ReadonlySet<string>;
  readonly descriptors: ReadonlySet<string>;
  readonly roleArticles: ReadonlySet<string>;
  /** The languages whose lexicon lists a title (by its words) or a role article. */
  readonly titleLanguages: ReadonlyMap<string, ReadonlySet<string>>;
  readonly articleLanguages: ReadonlyMap<string, ReadonlySet<string>>;
  readonly abbreviations: ReadonlySet<string>;
  /** Surnames of known people that name one person only ("Sheinbaum" → "Claudia Sheinbaum"). */
  readonly knownSurnames: ReadonlyMap<string, string>;
}

// Connectors that may join an organisation's words but would glue two people together ("Rubio and Sheinbaum").
const organizationOnlyConnectors = ['and', 'for', 'in', 'on', 'the', 'y', 'e', 'en', 'para', 'against', 'contra'];

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
  if (words.length < 2) return words.map((w) => w.toLowerCase());
  const keys = [words.at(-1)!];
  if (words.length >= 3) keys.push(words.slice(-2).join(' '), words.at(-2)!);
  return keys.map((k) => k.toLowerCase());
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

const cache = new Map<readonly KnownActor[], NameLookups>();

/** Builds (once per list of user actors) the lookups of the mentions stage. */
export function lookupsFor(userActors: readonly KnownActor[]): NameLookups {
  const cached = cache.get(userActors);
  if (cached) return cached;
  const lexicons = Object.values(nameLexicons);
  const abbreviations = new Set(Object.values(abbreviationLexicons).flatMap((l) => l.abbreviations));
  const entries: Array<[string, KnownName]> = [];
  const exact = (name: string) => (/^[\p{Lu}.]{2,5}$/u.test(name) ? name : null);
  for (const [name, alpha3] of countryNames()) entries.push([name, { kind: 'country', canonical: alpha3, country: alpha3, exactCase: exact(name) }]);
  const actors = [...userActors, ...knownActors];
  for (const actor of actors) {
    for (const name of [actor.name, ...actor.aliases]) entries.push([name, { kind: actor.kind, canonical: actor.name, country: actor.country, exactCase: exact(name) }]);
  }
  const surnameOwners = new Map<string, Set<string>>();
  for (const actor of actors.filter((a) => a.kind === 'person')) {
    for (const name of [actor.name, ...actor.aliases]) {
      const last = name.split(/\s+/).at(-1)?.toLowerCase();
      if (last && name.includes(' ')) surnameOwners.set(last, (surnameOwners.get(last) ?? new Set()).add(actor.name));
    }
  }
  const lookups: NameLookups = {
    gazetteer: byFirstWord(gazetteerEntries(entries, abbreviations)),
    titles: byFirstWord(lexicons.flatMap((l) => l.titles.map((title) => ({ words: wordsOf(title.words), title })))),
    adjectives: byFirstWord(lexicons.flatMap((l) => Object.entries(l.countryAdjectives).map(([words, country]) => ({ words: wordsOf(words), country })))),
    connectors: new Set(lexicons.flatMap((l) => l.connectors).filter((c) => !organizationOnlyConnectors.includes(c))),
    organizationConnectors: new Set(lexicons.flatMap((l) => l.connectors)),
    organizationHeads: new Set(lexicons.flatMap((l) => l.organizationHeads)),
    organizationOpeners: new Set(lexicons.flatMap((l) => l.organizationOpeners)),
    placeHeads: new Set(lexicons.flatMap((l) => l.placeHeads)),
    placeOpeners: new Set(lexicons.flatMap((l) => l.placeOpeners)),
    notNames: new Set(lexicons.flatMap((l) => l.notNames)),
    givenNames: new Set(lexicons.flatMap((l) => l.givenNames)),
    descriptors: new Set(lexicons.flatMap((l) => l.personDescriptors)),
    roleArticles: new Set(lexicons.flatMap((l) => l.roleArticles)),
    titleLanguages: languagesOf(Object.entries(nameLexicons).flatMap(([language, l]) => l.titles.map((t) => [t.words, language] as const))),
    articleLanguages: languagesOf(Object.entries(nameLexicons).flatMap(([language, l]) => l.roleArticles.map((a) => [a, language] as const))),
    abbreviations,
    knownSurnames: new Map([...surnameOwners].filter(([, owners]) => owners.size === 1).map(([surname, owners]) => [surname, [...owners][0]!])),
  };
  cache.set(userActors, lookups);
  return lookups;
}
