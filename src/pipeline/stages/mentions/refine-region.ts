import { isStrong, isWeak, type Candidate } from './candidate.js';
import { WordClass, type NameLookups } from './lookups.js';
import { phraseEnd } from './phrases.js';
import { isIn, type Token } from './tokens.js';

/**
 * Rules over the candidates of one region that need their neighbours: aliases in parentheses or
 * after a cue, names of kin, and coordinated lists, whose items share a kind. Candidates from
 * `regionStart` on belong to the region; they are changed in place and new ones appended.
 */
export function refineRegion(
  found: Candidate[],
  regionStart: number,
  text: string,
  tokens: readonly Token[],
  lookups: NameLookups,
): void {
  // Most sentences hold no candidate, or one that no neighbour can change.
  const count = found.length - regionStart;
  if (count === 0 || (count === 1 && !hasMark(tokens, found[regionStart]!.to))) return;
  let sorted: Candidate[] | null = null;
  const region = () =>
    sorted && sorted.length === found.length - regionStart
      ? sorted
      : (sorted = found.slice(regionStart).sort((a, b) => a.from - b.from));
  const byFrom = new Map<number, Candidate>();
  for (let k = regionStart; k < found.length; k++) byFrom.set(found[k]!.from, found[k]!);
  for (const c of region()) {
    if (c.kind === 'organization' || c.kind === 'place') trimToAcronym(c, text, tokens, lookups);
    aliasAfter(c, found, byFrom, text, tokens, lookups);
  }
  for (const c of region()) {
    // "my wife, Ana", "sus hijos, Luis y Eva": a name set beside a noun of kin is a person's.
    if (!isWeak(c)) continue;
    const before = tokens[c.from - 1]?.folded === ',' ? c.from - 2 : c.from - 1;
    if (isIn(tokens[before], WordClass.kinship) && !tokens[before]!.capitalized) {
      c.kind = 'person';
      c.evidence = 'listed';
    }
  }
  spreadOverLists(region(), tokens);
  // Items a list settled may have aliases of their own now.
  for (const c of region())
    if (c.evidence === 'listed' && c.kind !== 'person') aliasAfter(c, found, byFrom, text, tokens, lookups);
}

/** Whether a parenthesis or a comma follows the candidate ending at `to`, or a noun of kin stands before the region's only candidate. */
function hasMark(tokens: readonly Token[], to: number): boolean {
  const next = tokens[to]?.folded;
  return next === '(' || next === ',' || tokens.some((t) => isIn(t, WordClass.kinship));
}

/** "Administración y Finanzas de la Administración del Sistema Portuario Nacional (ASIPONA)": the acronym tells where the name begins. */
function trimToAcronym(c: Candidate, text: string, tokens: readonly Token[], lookups: NameLookups): void {
  if (tokens[c.to]?.folded !== '(' || (tokens[c.to + 2]?.folded !== ')' && tokens[c.to + 2]?.folded !== ',')) return;
  const acronym = text.slice(tokens[c.to + 1]!.start, tokens[c.to + 1]!.end);
  if (!/^\p{Lu}{3,}$/u.test(acronym)) return;
  const initials = (from: number) =>
    tokens
      .slice(from, c.to)
      .filter((t) => t.capitalized)
      .map((t) => text[t.start]!.toUpperCase())
      .join('');
  if (isSubsequence(initials(c.from), acronym)) return;
  for (let k = c.from + 1; k < c.to - 1; k++) {
    if (!isIn(tokens[k], WordClass.organizationOpener) || !tokens[k]!.capitalized) continue;
    if (initials(k).length >= 2 && isSubsequence(initials(k), acronym)) {
      Object.assign(c, { from: k, start: tokens[k]!.start, name: text.slice(tokens[k]!.start, c.end) });
      return;
    }
  }
  void lookups;
}

function isSubsequence(letters: string, word: string): boolean {
  let at = 0;
  for (const letter of letters) {
    at = word.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return letters.length > 0 && word.startsWith(letters[0]!);
}

/**
 * "Mara Salvatrucha (MS-13)", "Cártel del Noreste (formerly Los Zetas)", "Antonio Oseguera, alias
 * Tony Montana": what follows names the same entity, so it takes the kind and the name of the one
 * before, which resolution then joins.
 */
function aliasAfter(
  c: Candidate,
  found: Candidate[],
  byFrom: Map<number, Candidate>,
  text: string,
  tokens: readonly Token[],
  lookups: NameLookups,
): void {
  if (c.anaphoric || isWeak(c)) return;
  const open = tokens[c.to];
  if (open?.folded === '(' && c.kind !== 'person' && c.kind !== 'country') {
    const inner = tokens[c.to + 1];
    const close = tokens[c.to + 2]?.folded;
    if (
      inner &&
      (close === ')' || close === ',') &&
      /^\p{Lu}[\p{L}\p{N}-]{1,9}$/u.test(text.slice(inner.start, inner.end)) &&
      /\p{Lu}.*\p{Lu}|\p{N}/u.test(text.slice(inner.start, inner.end))
    ) {
      const existing = byFrom.get(c.to + 1);
      if (existing) {
        if (isWeak(existing) || existing.evidence === 'acronym')
          Object.assign(existing, { kind: c.kind, evidence: 'alias' as const, country: existing.country ?? c.country });
      } else {
        const alias: Candidate = {
          start: inner.start,
          end: inner.end,
          kind: c.kind,
          name: text.slice(inner.start, inner.end),
          role: null,
          country: c.country,
          anaphoric: false,
          inHeading: c.inHeading,
          evidence: 'alias',
          from: c.to + 1,
          to: c.to + 2,
        };
        found.push(alias);
        byFrom.set(alias.from, alias);
      }
      return;
    }
  }
  // A cue after a comma or an opening parenthesis: "…, alias El Güerito", "(formerly Los Zetas)".
  if (open?.folded !== '(' && open?.folded !== ',') return;
  const cueEnd = phraseEnd(tokens, c.to + 1, lookups.aliasCues);
  if (cueEnd < 0) return;
  for (let k = cueEnd; k <= cueEnd + 2 && k < tokens.length; k++) {
    const target = byFrom.get(k);
    if (target && (isWeak(target) || target.kind === c.kind)) {
      Object.assign(target, { kind: c.kind, name: c.name, evidence: 'alias' as const, country: c.country });
      return;
    }
    // "alias “El Chapo”", "(formerly Los Zetas)": quotes and articles may come first.
    if (tokens[k]!.capitalized && !isIn(tokens[k], WordClass.notName | WordClass.groupArticle)) return;
  }
}

/**
 * Items of one coordinated list ("A, B (B2), C and D", "A, B y C") share a kind: when some are bodies
 * for certain and none a person, the unsettled ones are bodies too; and the other way round.
 */
function spreadOverLists(candidates: readonly Candidate[], tokens: readonly Token[]): void {
  const lists: Candidate[][] = [];
  let list: Candidate[] = [];
  let previous: Candidate | null = null;
  let skipTo = -1;
  const close = () => {
    if (list.length >= 3 || (list.length === 2 && !hasComma(tokens, list[0]!.to, list[1]!.from))) lists.push(list);
  };
  for (const c of candidates) {
    // Aliases and whatever a parenthesis after an item holds belong to that item.
    if (c.from < skipTo || (c.evidence === 'alias' && previous && c.from === previous.to + 1)) continue;
    if (previous && isListGap(tokens, previous.to, c.from)) list.push(c);
    else {
      close();
      list = [c];
    }
    previous = c;
    skipTo = tokens[c.to]?.folded === '(' ? closingParenthesis(tokens, c.to) : -1;
  }
  close();
  for (const items of lists) {
    const strong = items.filter(isStrong);
    const organizations = strong.some((c) => c.kind === 'organization');
    const people = strong.some((c) => c.kind === 'person');
    if (organizations === people) continue;
    for (const c of items) {
      // "Additionally, Rubio and …": a word opening the sentence before a comma is no item.
      if (!isWeak(c) || c.from === 0) continue;
      c.kind = organizations ? 'organization' : 'person';
      c.evidence = 'listed';
      // "Florencia 13": a number may end a body's name.
      const number = tokens[c.to];
      if (
        organizations &&
        number &&
        number.joined &&
        /^\d{1,3}$/.test(number.folded) &&
        !tokens[c.to + 1]?.capitalized
      ) {
        Object.assign(c, { to: c.to + 1, end: number.end, name: `${c.name} ${number.folded}` });
      }
    }
  }
}

function closingParenthesis(tokens: readonly Token[], open: number): number {
  for (let k = open + 1; k < tokens.length && k - open <= 14; k++) if (tokens[k]!.folded === ')') return k;
  return -1;
}

const SEPARATORS = new Set([',', 'and', 'y', 'e', 'or', 'o', 'the', 'el', 'la', 'los', 'las', 'a', 'al']);

/** Whether only list separators lie between two items, after skipping a parenthesis that follows the first and a number that ends it ("Florencia 13"). */
function isListGap(tokens: readonly Token[], from: number, to: number): boolean {
  let k = from;
  if (tokens[k] && /^\d+$/.test(tokens[k]!.folded) && tokens[k]!.joined) k++;
  if (tokens[k]?.folded === '(') {
    const close = closingParenthesis(tokens, k);
    if (close < 0) return false;
    k = close + 1;
  }
  if (k >= to) return k === to && false;
  let sawSeparator = false;
  for (; k < to; k++) {
    if (!SEPARATORS.has(tokens[k]!.folded) || tokens[k]!.capitalized) return false;
    if (
      tokens[k]!.folded !== 'the' &&
      tokens[k]!.folded !== 'el' &&
      tokens[k]!.folded !== 'la' &&
      tokens[k]!.folded !== 'los' &&
      tokens[k]!.folded !== 'las'
    )
      sawSeparator = true;
  }
  return sawSeparator;
}

function hasComma(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.folded === ',') return true;
  return false;
}
