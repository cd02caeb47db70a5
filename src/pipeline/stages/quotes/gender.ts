/**
 * The grammatical gender a text gives each person, so that "she", "la mandataria" or "el
 * diplomático" never go to someone the text marks otherwise. Evidence comes from the document: the
 * words just before a person's name and in their role ("Ms.", "la presidenta"), then the given name.
 */
import type { Mention } from '../../../core/index.js';
import { speechLexicons, type SpeechLexicon } from '../../../lexicons/index.js';

/** Feminine, masculine, or unknown. */
export type Gender = 'f' | 'm' | null;

interface GenderWords {
  readonly feminine: ReadonlySet<string>;
  readonly masculine: ReadonlySet<string>;
  readonly feminineNames: ReadonlySet<string>;
  readonly endings: readonly string[];
  readonly exceptions: ReadonlySet<string>;
  readonly pronouns: ReadonlySet<string>;
}

let words: GenderWords | null = null;

function genderWords(): GenderWords {
  if (words) return words;
  const all = Object.values(speechLexicons) as SpeechLexicon[];
  const set = (f: (l: SpeechLexicon) => readonly string[]) => new Set(all.flatMap(f).map((w) => w.toLowerCase()));
  words = {
    feminine: set((l) => l.feminineMarks),
    masculine: set((l) => l.masculineMarks),
    feminineNames: set((l) => l.feminineGivenNames),
    endings: all.flatMap((l) => l.feminineNameEndings),
    exceptions: set((l) => l.masculineNameExceptions),
    pronouns: set((l) => l.pronouns),
  };
  return words;
}

const lowerWords = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/**
 * The gender that marks words give ("la presidenta", "Mr.", "she"), or null when they give none or
 * disagree; without `pronouns`, a pronoun counts for nothing ("she told Marco Rubio" marks no one).
 */
export function genderOfWords(text: string, pronouns = true): Gender {
  const { feminine, masculine } = genderWords();
  let f = 0;
  let m = 0;
  for (const word of lowerWords(text)) {
    if (!pronouns && genderWords().pronouns.has(word)) continue;
    if (feminine.has(word)) f++;
    if (masculine.has(word)) m++;
  }
  return f > m ? 'f' : m > f ? 'm' : null;
}

/** The gender a given name says, where it says one. */
function genderOfGivenName(name: string): Gender {
  const { feminineNames, endings, exceptions } = genderWords();
  const given = lowerWords(name)[0];
  if (!given || lowerWords(name).length < 2) return null;
  if (feminineNames.has(given)) return 'f';
  if (exceptions.has(given)) return 'm';
  return endings.some((e) => given.endsWith(e)) ? 'f' : null;
}

/** The key under which all mentions of one person are counted together: the surname. */
export const personKey = (mention: Mention): string => lowerWords(mention.name).at(-1) ?? '';

/**
 * Each person's gender, by surname: the marks before and inside their named mentions outvote each
 * other, and the given name decides where they are silent.
 */
export function personGenders(text: string, mentions: readonly Mention[]): Map<string, Gender> {
  const votes = new Map<string, { f: number; m: number; name: Gender }>();
  for (const m of mentions) {
    if (m.kind !== 'person' || m.anaphoric) continue;
    const key = personKey(m);
    const vote = votes.get(key) ?? { f: 0, m: 0, name: null };
    // The two words before the name and the mention's own role words: "la presidenta Claudia …", "Ms. Ruiz".
    const before = wordsBefore(text, m.start);
    const marked = genderOfWords(`${before} ${text.slice(m.start, m.end).replace(m.name, ' ')}`, false);
    if (marked === 'f') vote.f++;
    if (marked === 'm') vote.m++;
    vote.name ??= genderOfGivenName(m.name);
    votes.set(key, vote);
  }
  const genders = new Map<string, Gender>();
  for (const [key, vote] of votes) genders.set(key, vote.f > vote.m ? 'f' : vote.m > vote.f ? 'm' : vote.name);
  return genders;
}

/** Whether two genders can be one person's: unknown agrees with either. */
export const genderAgrees = (a: Gender, b: Gender): boolean => a === null || b === null || a === b;

/** Up to two words (each may end with a period) and the spaces that end `text` before `at`, within thirty characters. */
function wordsBefore(text: string, at: number): string {
  const from = Math.max(0, at - 30);
  let k = at;
  let start = at;
  for (let words = 0; words < 2; words++) {
    let j = k;
    while (j > from && /\s/u.test(text[j - 1]!)) j--;
    if (j === k) break;
    if (j > from && text[j - 1] === '.') j--;
    let w = j;
    while (w > from && /\p{L}/u.test(text[w - 1]!)) w--;
    if (w === j) break;
    start = w;
    k = w;
  }
  return text.slice(start, at);
}
