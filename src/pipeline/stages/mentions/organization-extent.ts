import { WordClass, type NameLookups } from './lookups.js';
import { isIn, type Token } from './tokens.js';

const COMPANY_SUFFIX = /^(?:S\.A\.|S\.A\.B\.|S\.C\.|Inc\.?|LLC|Ltd\.?|Corp\.?|Co\.|PLC|GmbH)$/u;

// A Mexican bank's legal type, written after its name and form ("…, Institución de Banca Múltiple").
const LEGAL_TYPE = /^,\s*(?:Instituci[oó]n|Institution) de Banca M[uú]ltiple/iu;

function legalTypeEnd(text: string, tokens: readonly Token[], at: number): number {
  const token = tokens[at];
  if (token?.folded !== ',' || !LEGAL_TYPE.test(text.slice(token.start, token.start + 40))) return at;
  return at + 5;
}

/** Where a legal form that ends before `at` ends with what goes on from it: "S.A. de C.V.", "…, Institución de Banca Múltiple". */
function legalFormEnd(text: string, tokens: readonly Token[], at: number): number {
  const to = tokens[at]?.folded === 'de' && tokens[at + 1]?.capitalized ? at + 2 : at;
  return legalTypeEnd(text, tokens, to);
}

/** Where a company's legal form stands right after `at`, after a comma or not ("Lince Casa de Cambio, S.A. de C.V."), or -1. */
export function companySuffixAt(text: string, tokens: readonly Token[], at: number): number {
  const suffixAt = tokens[at]?.folded === ',' ? at + 1 : at;
  return tokens[suffixAt] !== undefined && isCompanySuffix(text, tokens[suffixAt]!) ? suffixAt : -1;
}

/** A company's legal form ("S.A.", "Inc."). */
export const isCompanySuffix = (text: string, token: Token) =>
  COMPANY_FOLDED.has(token.folded) && COMPANY_SUFFIX.test(text.slice(token.start, token.end));
const COMPANY_FOLDED = new Set([
  's.a.',
  's.a.b.',
  's.c.',
  'inc.',
  'inc',
  'llc',
  'ltd.',
  'ltd',
  'corp.',
  'corp',
  'co.',
  'plc',
  'gmbh',
]);

/**
 * Where an organisation's name that the capitalised words end at `end` really ends: with a lower-case
 * country adjective or modifier after it ("las Fuerzas Armadas estadounidenses", "la Secretaría de
 * Seguridad federal"), a company's legal form ("Intercam Banco S.A.", "Vector Casa de Bolsa, S.A.
 * de C.V.") or the rest of a name that lists its fields with commas and ends with an acronym in
 * parentheses ("Agencia de Alcohol, Tabaco, Armas de Fuego y Explosivos (ATF)").
 */
export function organizationEnd(text: string, tokens: readonly Token[], end: number, lookups: NameLookups): number {
  // A legal form that ends the capitalised words ("Intercam Banco S.A.") may go on: "de C.V.", ", Institución de Banca Múltiple".
  if (end > 0 && isCompanySuffix(text, tokens[end - 1]!)) return legalFormEnd(text, tokens, end);
  let to = end;
  const next = tokens[to];
  if (
    next &&
    next.joined &&
    !next.capitalized &&
    (isIn(next, WordClass.trailingModifier) || isSpanishAdjectiveAfter(tokens, to, lookups))
  )
    to++;
  // A legal form, after a comma or not; "S.A. de C.V." goes on with "de C.V.".
  const suffixAt = companySuffixAt(text, tokens, to);
  if (suffixAt >= 0) return legalFormEnd(text, tokens, suffixAt + 1);
  if (tokens[to]?.folded !== ',') {
    const legal = legalTypeEnd(text, tokens, to);
    if (legal > to) return legal;
  }
  return listedFieldsEnd(tokens, to) ?? to;
}

/** Whether a lower-case country adjective follows, as Spanish places it ("estadounidense"). */
function isSpanishAdjectiveAfter(tokens: readonly Token[], at: number, lookups: NameLookups): boolean {
  const token = tokens[at]!;
  return (
    isIn(token, WordClass.adjectiveStart) &&
    (lookups.adjectives.get(token.folded) ?? []).some((entry) => entry.words.length === 1)
  );
}

/** ", Tabaco, Armas de Fuego y Explosivos (": fields of one name, listed before its acronym. */
function listedFieldsEnd(tokens: readonly Token[], at: number): number | null {
  if (tokens[at]?.folded !== ',') return null;
  let k = at;
  let sawConjunction = false;
  for (let items = 0; items < 8; items++) {
    const separator = tokens[k]?.folded;
    if (separator === ',') k++;
    else if (separator === 'y' || separator === 'and' || separator === 'e') {
      if (sawConjunction) return null;
      sawConjunction = true;
      k++;
    } else break;
    if (!tokens[k]?.capitalized) return null;
    k++;
    // "Armas de Fuego": a connector inside one field.
    while (
      tokens[k] &&
      (tokens[k]!.capitalized || (isIn(tokens[k], WordClass.connector) && tokens[k + 1]?.capitalized)) &&
      tokens[k]!.joined
    )
      k++;
  }
  if (!sawConjunction) return null;
  // "… Explosivos de Estados Unidos (ATF)": a country may close the name.
  let close = k;
  if ((tokens[close]?.folded === 'de' || tokens[close]?.folded === 'of') && tokens[close + 1]?.capitalized) {
    close += 2;
    while (tokens[close]?.capitalized && tokens[close]!.joined) close++;
  }
  return tokens[close]?.folded === '(' ? close : null;
}

/**
 * "the Cartel de Jalisco Nueva Generación and Sinaloa Cartel": a run joined by "and"/"y" that names
 * a body on each side is cut before the conjunction; "Customs and Border Protection" is one name.
 */
export function coordinatedSplit(tokens: readonly Token[], from: number, end: number): number {
  const isBody = (a: number, b: number) =>
    b - a >= 2 && (isIn(tokens[a], WordClass.organizationOpener) || isIn(tokens[b - 1], WordClass.organizationHead));
  for (let k = from + 2; k < end - 2; k++) {
    const word = tokens[k]!.folded;
    if (word !== 'and' && word !== 'y' && word !== 'e') continue;
    // The right side is a whole name: it opens as one, or it ends with a head and holds no connector.
    const right =
      isIn(tokens[k + 1], WordClass.organizationOpener) ||
      (isIn(tokens[end - 1], WordClass.organizationHead) && !tokens.slice(k + 1, end).some((t) => !t.capitalized));
    if (right && isBody(from, k) && isBody(k + 1, end)) return k;
  }
  return end;
}
