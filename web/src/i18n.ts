// The web app's words, from the server's shared vocabulary (GET /api/vocabulary: the same words
// the command line and the report print), in the language the header's switch chooses.

export type Language = 'en' | 'es';
interface CountedNoun {
  readonly one: string;
  readonly many: string;
}
interface Vocabulary {
  readonly statuses: Readonly<Record<string, string>>;
  readonly notAssessed: string;
  readonly entityKinds: Readonly<Record<string, CountedNoun>>;
  readonly findingKinds: Readonly<Record<string, string>>;
  readonly nouns: Readonly<Record<string, CountedNoun>>;
  readonly months: readonly string[];
  readonly ui: Readonly<Record<string, string>>;
}

const languageKey = 'puente.language';
let vocabularies: Partial<Record<Language, Vocabulary>> = {};
let languages: readonly Language[] = ['en'];
let current: Language = 'en';

/** Fetches the vocabulary once and takes the language last chosen in this browser. */
export async function loadVocabulary(): Promise<void> {
  const response = await fetch('/api/vocabulary', {
    headers: { accept: 'application/json' },
    credentials: 'same-origin',
  });
  if (!response.ok)
    throw new Error(`The app's vocabulary could not be loaded (HTTP ${response.status} from /api/vocabulary).`);
  const body = (await response.json()) as { languages: Language[]; vocabularies: Record<Language, Vocabulary> };
  vocabularies = body.vocabularies;
  languages = body.languages;
  const saved = localStorage.getItem(languageKey);
  current = languages.find((l) => l === saved) ?? 'en';
  document.documentElement.lang = current;
}

export const availableLanguages = (): readonly Language[] => languages;
export const currentLanguage = (): Language => current;

export function setLanguage(language: Language): void {
  current = language;
  localStorage.setItem(languageKey, language);
  document.documentElement.lang = language;
}

const words = (): Vocabulary | undefined => vocabularies[current] ?? vocabularies.en;

/** A label of the app in the chosen language; its English wording is the key. */
export const t = (english: string): string => words()?.ui[english] ?? english;

/** A status as a label; none at all is "Not assessed". */
export function statusText(status: string | null | undefined): string {
  const v = words();
  if (!status) return v?.notAssessed ?? 'Not assessed';
  return v?.statuses[status] ?? status;
}

/** "Person", or "People" with `many`. */
export function kindText(kind: string, many = false): string {
  const noun = words()?.entityKinds[kind];
  return noun ? (many ? noun.many : noun.one) : kind;
}

export const findingKindText = (kind: string): string => {
  const known = words()?.findingKinds[kind];
  if (known) return known;
  const spelled = kind.replace(/[_-]+/g, ' ');
  return spelled.charAt(0).toUpperCase() + spelled.slice(1);
};

/** "1 mention", "2 mentions": the vocabulary's nouns in the chosen language, others as given. */
export function countText(n: number, one: string, many = `${one}s`): string {
  const noun = words()?.nouns[one];
  return `${n} ${n === 1 ? (noun?.one ?? one) : (noun?.many ?? many)}`;
}

/** Short month names of the chosen language. */
export const monthNames = (): readonly string[] =>
  words()?.months ?? ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The page's own markup in the chosen language: an element marked `data-i18n` has its text
 * translated, `data-i18n-placeholder` and `data-i18n-label` its placeholder and aria-label (the
 * English wording is kept in the attribute, so switching back and forth works).
 */
export function translateStatic(root: ParentNode = document): void {
  for (const node of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    node.dataset.i18n ||= node.textContent ?? '';
    node.textContent = t(node.dataset.i18n);
  }
  for (const node of root.querySelectorAll<HTMLElement>('[data-i18n-placeholder]'))
    node.setAttribute('placeholder', t(node.dataset.i18nPlaceholder!));
  for (const node of root.querySelectorAll<HTMLElement>('[data-i18n-label]'))
    node.setAttribute('aria-label', t(node.dataset.i18nLabel!));
}

/**
 * A label with values in it: the template's English wording is the key ("{n} of {total} shown"),
 * and each `{name}` is filled in after it is translated, so that each language orders its words.
 */
export const tf = (english: string, values: Readonly<Record<string, string | number>>): string =>
  t(english).replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
