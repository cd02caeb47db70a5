import { stripAccents } from '../../../text/normalize.js';
import { roleEquivalents } from '../../../lexicons/index.js';

/** A name folded for comparison: lower case, no accents, no punctuation but hyphens. */
// Names repeat across mentions and documents; folding each once keeps resolution linear in practice.
const keys = new Map<string, string>();

export function nameKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size > 50_000) keys.clear();
    keys.set(name, (key = foldName(name)));
  }
  return key;
}

function foldName(name: string): string {
  return stripAccents(name)
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const CONNECTORS = new Set(['de', 'del', 'la', 'los', 'las', 'y', 'van', 'von', 'da', 'dos']);
// Asked of every mention and cluster name, several times each: split once per name.
const wordsOfName = new Map<string, readonly string[]>();

/** The words of a name that are names, without connectors ("Juan Ramón de la Fuente" → juan ramon fuente). */
export function nameWords(name: string): readonly string[] {
  let found = wordsOfName.get(name);
  if (found === undefined) {
    if (wordsOfName.size > 50_000) wordsOfName.clear();
    wordsOfName.set(
      name,
      (found = nameKey(name)
        .split(' ')
        .filter((w) => w && !CONNECTORS.has(w))),
    );
  }
  return found;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/**
 * Whether two given names may be one person's, misspelt or anglicised: "Mark"/"Marco",
 * "Claudia"/"Cludia". Same initial, and either one is a prefix of the other or they are a few edits apart.
 */
export function similarGivenNames(a: string, b: string, sameRole: boolean): boolean {
  if (a === b) return true;
  if (!a || !b || a[0] !== b[0]) return false;
  if (a.startsWith(b) || b.startsWith(a)) return Math.min(a.length, b.length) >= 3;
  // With the same office named, "Mark"/"Marco" (two edits) are one person; without it, one edit only.
  return sameRole ? editDistance(a, b) <= 2 : Math.min(a.length, b.length) >= 5 && editDistance(a, b) <= 1;
}

/**
 * Words of a role that say which office it is, in English, without countries and articles
 * ("Mexican president" → president; "la mandataria" → president; "canciller" → foreign minister).
 */
const roleWordCache = new Map<string, string[]>();

export function roleWords(role: string | null, countryWords: ReadonlySet<string>): string[] {
  if (!role) return [];
  let words = roleWordCache.get(role);
  if (!words) {
    if (roleWordCache.size > 20_000) roleWordCache.clear();
    roleWordCache.set(role, (words = foldRole(role, countryWords)));
  }
  return words;
}

function foldRole(role: string, countryWords: ReadonlySet<string>): string[] {
  return nameKey(role)
    .split(' ')
    .flatMap((w) => (roleEquivalents[w] ?? w).split(' '))
    .filter(
      (w) =>
        w.length > 2 && !countryWords.has(w) && !['the', 'of', 'for', 'and', 'del', 'las', 'los', 'former'].includes(w),
    );
}
