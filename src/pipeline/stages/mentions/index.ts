/**
 * mentions — finds the names of people, organisations, places and countries, and the role phrases
 * that stand for a person ("the Mexican president").
 *
 * Needs: clean, sentences. Produces: mentions sorted by span, each with the name without its title,
 * the role and country the text gives, and whether it is anaphoric (a role phrase to resolve later).
 * How: per sentence, (1) a gazetteer of known actors and countries (built-in `lexicons/actors.ts`
 * plus the user's), (2) role phrases from the title lexicons before a name or standing alone after
 * an article, (3) capitalised runs classified by their words: organisation heads and openers,
 * place heads, acronyms, given names, and appositions ("X, a professor of …"). A second pass takes
 * single capitalised words that are the surname of a person found in the document or of a known
 * actor. Titles and headings only yield names that are known or confirmed elsewhere, because
 * title case capitalises every word. Furniture never reaches this stage: it reads the body only.
 *
 * ok:     "U.S. Secretary of State Marco Rubio" → person "Marco Rubio", role "U.S. Secretary of State", USA
 * ok:     "the Mexican president" → anaphoric person, role "Mexican president", MEX
 * not-ok: "Weather Live Markets" (furniture) and "Historical Context" (a heading) are not names.
 */
import { defineStage, Span, type EntityKind, type Mention } from '../../../core/index.js';
import { lexiconLanguage, type LexiconLanguage } from '../../../lexicons/index.js';
import type { Candidate } from './candidate.js';
import { isCreditLine, isSlashCredit } from './credits.js';
import { descriptionAt, organizationTailEnd } from './descriptions.js';
import { lookupsFor, surnameKeys, WordClass, type KnownName, type NameLookups } from './lookups.js';
import { companySuffixAt, coordinatedSplit, isCompanySuffix, organizationEnd } from './organization-extent.js';
import { refineRegion } from './refine-region.js';
import {
  administrationOf,
  isAcronym,
  isInnerCapitals,
  isNameAfterComma,
  isOrganizationDescribed,
  isPluralAcronym,
  isTheNamed,
  isWithheldSurname,
  organizationLeadEnd,
  particlesBefore,
  personFollows,
} from './shapes.js';
import { titleAt } from './titles.js';
import { foldedText, isIn, tokenize, type Token } from './tokens.js';

/**
 * What a recognition rule says of a run of tokens; `push` adds where it is. Most runs name no role and
 * stand for themselves, so `role` is null and `anaphoric` false unless the rule says otherwise.
 */
type CandidateFields = Pick<Candidate, 'kind' | 'name' | 'country' | 'evidence'> &
  Partial<Pick<Candidate, 'role' | 'anaphoric'>>;

/** Acronyms the document uses for kinds of body or for things ("FTOs", "sistemas aéreos no tripulados (UAS)"), folded and singular. */
type Terms = Set<string>;

type Strictness = 'body' | 'heading';

export const mentions = defineStage({
  name: 'mentions',
  needs: ['clean', 'sentences'],
  run({ document, clean, sentences, settings }) {
    const lookups = lookupsFor(settings.actors);
    const text = document.text;
    const bylines = clean.authors.flatMap((author) => (author.span ? [author.span] : []));
    const regions: Array<{ span: Span; strictness: Strictness }> = [];
    if (clean.title?.span) regions.push({ span: clean.title.span, strictness: 'heading' });
    if (clean.subtitle?.span) regions.push({ span: clean.subtitle.span, strictness: 'heading' });
    const headings = clean.headings;
    const titles = regions.map((region) => region.span);
    for (const sentence of sentences) {
      if (
        bylines.some((byline) => Span.overlaps(byline, sentence)) ||
        titles.some((title) => Span.overlaps(title, sentence))
      )
        continue;
      const isHeading = headings.some((heading) => Span.contains(heading, sentence));
      regions.push({ span: sentence, strictness: isHeading ? 'heading' : 'body' });
    }
    const folded = foldedText(text);
    const candidates: Candidate[] = [];
    const language = lexiconLanguage(clean.language);
    const terms: Terms = new Set();
    for (const { span, strictness } of regions)
      candidatesIn(candidates, text, folded, span, strictness, lookups, language, terms);
    return confirm(candidates, lookups, terms).sort(Span.compare);
  },
});

/**
 * Whether a sentence is written in title case, as headlines are ("U.S. Takes Aim at Enablers of …",
 * "Los Detenidos son Tres Empresarios …"): five or more words of four letters or more, every one
 * capitalised, and no quotation. Its capitalised runs are then no evidence of a name.
 */
function isTitleCase(tokens: readonly Token[]): boolean {
  let long = 0;
  for (const token of tokens) {
    const first = token.folded.charCodeAt(0);
    if (first === 0x22 || first === 0x201c || first === 0xab) return false;
    if (token.end - token.start < 4 || !LETTERS.test(token.folded)) continue;
    if (!token.capitalized) return false;
    long++;
  }
  return long >= 5;
}
const LETTERS = /^[\p{L}\p{M}]+$/u;

/** A known name in the tokens, by the index of its first token; the tokens between hold nothing. */
type KnownHits = ReadonlyArray<{ readonly end: number; readonly known: KnownName } | undefined>;

function knownAt(text: string, tokens: readonly Token[], lookups: NameLookups): KnownHits {
  const hits: Array<KnownHits[number]> = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (!isIn(first, WordClass.knownNameStart) || (!first.capitalized && !startsWithDigit(text, first))) continue;
    const entries = lookups.gazetteer.get(first.folded);
    if (!entries) continue;
    for (const entry of entries) {
      let k = 1;
      // Words of a name are side by side or one space apart ("Bureau of Alcohol, Tobacco", "Attorney General's Office").
      while (
        k < entry.words.length &&
        tokens[i + k]?.folded === entry.words[k] &&
        isNameGap(text, tokens[i + k - 1]!.end, tokens[i + k]!.start)
      )
        k++;
      if (k < entry.words.length) continue;
      if (entry.known.exactCase && text.slice(first.start, tokens[i + k - 1]!.end) !== entry.known.exactCase) continue;
      hits[i] = { end: i + k, known: entry.known };
      i += k - 1;
      break;
    }
  }
  return hits;
}

/** Whether `[from, to)` may separate two words of a name: nothing, one space, or a possessive and at most one space. */
function isNameGap(text: string, from: number, to: number): boolean {
  let at = from;
  if (to - at >= 2 && (text[at] === "'" || text[at] === '’') && text[at + 1] === 's') at += 2;
  return at === to || (at + 1 === to && SPACE.test(text[at]!));
}
const SPACE = /\s/u;

const DIGIT_FIRST = /^\p{N}/u;
/** Whether a word opens with a digit; ASCII is decided without the pattern or a slice. */
function startsWithDigit(text: string, token: Token): boolean {
  const code = text.charCodeAt(token.start);
  return code < 0x80 ? code >= 48 && code <= 57 : DIGIT_FIRST.test(tokenText(text, token));
}

/** The token as written, or '' past the ends of the tokens. Tokens hold only their folded form. */
function tokenText(text: string, token: Token | undefined): string {
  return token ? text.slice(token.start, token.end) : '';
}

/** The capitalised run starting at `at`: names joined by connectors ("Juan Ramón de la Fuente"). */
function runAt(tokens: readonly Token[], at: number, known: KnownHits): number {
  const opensOrganization = isIn(tokens[at], WordClass.organizationOpener);
  const connector = opensOrganization ? WordClass.organizationConnector : WordClass.connector;
  let end = at + 1;
  let position = at + 1;
  if (tokens[at]!.possessive) return end;
  while (position < tokens.length) {
    const token = tokens[position]!;
    if (!token.joined) break;
    // "Unidad de Sistemas No Tripulados": inside a body's name a capitalised "No" is a word of it.
    if (
      token.capitalized &&
      (!isIn(token, WordClass.notName) ||
        (opensOrganization && tokens[position + 1]?.capitalized && tokens[position + 1]!.joined))
    ) {
      // A known name or a title ("… Rubio Meets President Sheinbaum") begins a new mention.
      if ((known[position] !== undefined || isIn(token, WordClass.titleStart)) && !opensOrganization) break;
      end = ++position;
      if (token.possessive) break;
      continue;
    }
    // One or two connector words ("de", "de la") between capitalised words.
    let next = position;
    while (next < tokens.length && next - position < 2 && isIn(tokens[next], connector) && tokens[next]!.joined) next++;
    if (
      next > position &&
      tokens[next]?.capitalized &&
      tokens[next]?.joined &&
      !isIn(tokens[next], WordClass.notName)
    ) {
      position = next;
      continue;
    }
    break;
  }
  return end;
}

// Marks after an age ("Anaya Lugo, 51, …"), articles that may open an apposition, and marks that end one.
const AGE_ENDS = new Set([',', ')']);
const APPOSITION_ENDS = new Set([',', '.', ';', '(', ')', '“', '"', '—']);

/** Whether the run is followed by an apposition that describes a person: ", a professor of …". */
function appositionAfter(text: string, tokens: readonly Token[], end: number): { start: number; end: number } | null {
  if (tokens[end]?.folded !== ',') return null;
  // "X, alias “El Chato”", "X, known as …": only people go by aliases.
  if (/^(?:alias|known|conocido|apodado|a\.k\.a)$/iu.test(tokenText(text, tokens[end + 1])))
    return { start: tokens[end + 1]!.start, end: tokens[end + 1]!.start };
  // "Rigoberto Anaya Lugo, 51, …": an age says a person, though not a role.
  if (/^\d{2}$/.test(tokenText(text, tokens[end + 1])) && AGE_ENDS.has(tokens[end + 2]?.folded ?? ''))
    return { start: tokens[end + 1]!.start, end: tokens[end + 1]!.start };
  let position = end + 1;
  if (isIn(tokens[position], WordClass.appositionArticle)) position++;
  for (let k = position; k < Math.min(tokens.length, position + 4); k++) {
    const token = tokens[k]!;
    if (token.folded === ',' || token.folded === '.') break;
    if (isIn(token, WordClass.personDescriptor)) {
      let stop = k + 1;
      while (stop < tokens.length && stop - position < 14 && !APPOSITION_ENDS.has(tokens[stop]!.folded)) stop++;
      return { start: tokens[end + 1]!.start, end: tokens[stop - 1]!.end };
    }
  }
  return null;
}

/** Adds to `found` the candidates of one region of the text. */
function candidatesIn(
  found: Candidate[],
  text: string,
  folded: string,
  span: Span,
  strictness: Strictness,
  lookups: NameLookups,
  language: LexiconLanguage,
  terms: Terms,
): void {
  const tokens = tokenize(text, span.start, span.end, lookups.abbreviations, folded, lookups.wordClasses);
  if (isCreditLine(text, tokens, lookups)) return;
  if (strictness === 'body' && isTitleCase(tokens)) strictness = 'heading';
  collectTerms(text, tokens, terms);
  const known = knownAt(text, tokens, lookups);
  const textOf = (from: number, to: number) => text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  const inHeading = strictness === 'heading';
  const regionStart = found.length;
  const push = (from: number, to: number, fields: CandidateFields) => {
    const anaphoric = fields.anaphoric ?? false;
    // "Dr. Carlos Heredia, professor of international relations at …": the apposition is the role.
    const apposition =
      fields.kind === 'person' && !fields.role && !anaphoric ? appositionAfter(text, tokens, to) : null;
    const role =
      apposition && apposition.end > apposition.start
        ? text.slice(apposition.start, apposition.end)
        : (fields.role ?? null);
    found.push({
      start: tokens[from]!.start,
      end: tokens[to - 1]!.end,
      kind: fields.kind,
      name: fields.name,
      role,
      country: fields.country,
      anaphoric,
      inHeading,
      evidence: fields.evidence,
      from,
      to,
    });
  };
  const abbreviations = lookups.countryAbbreviations.get(language);
  const context: RegionContext = { text, tokens, known, lookups, strictness, push, textOf };
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const hitHere = known[i];
    if (hitHere?.known.kind === 'term') {
      i = hitHere.end;
      continue;
    }
    if (!inHeading && isIn(token, WordClass.phraseStart | WordClass.adjectiveStart | WordClass.roleArticle)) {
      const description = descriptionAt(tokens, i, lookups);
      if (description && !(known[description.from] && known[description.from]!.end > description.to)) {
        push(description.from, description.to, {
          kind: 'organization',
          name: textOf(description.from, description.to),
          country: description.country,
          evidence: 'organization',
        });
        i = description.to;
        continue;
      }
    }
    const title = titleAt(tokens, i, lookups);
    // A known name that spans the title wins: "the Attorney General's Office" is an organisation.
    const knownOverTitle = title && [i, title.roleStart].some((k) => (known[k]?.end ?? 0) >= title.roleEnd);
    if (title && !knownOverTitle) {
      const roleText = textOf(title.roleStart, title.roleEnd);
      const role = title.title.honorific ? null : roleText;
      let nameAt = title.roleEnd;
      // "el secretario de Estado, Marco Rubio", "el presidente venezolano, Nicolás Maduro": a comma may separate the role from the name.
      if (tokens[nameAt]?.folded === ',' && !inHeading && isNameAfterComma(text, tokens, nameAt + 1, known)) nameAt++;
      const hit = known[nameAt];
      const next = tokens[nameAt];
      if (hit?.known.kind === 'person') {
        push(title.roleStart, hit.end, {
          kind: 'person',
          name: textOf(nameAt, hit.end),
          role,
          country: title.country ?? hit.known.country,
          evidence: 'known',
        });
        i = hit.end;
        continue;
      }
      // "Foreign Secretary de la Fuente": a surname may open with its particles.
      // Spanish offices govern their field with the same words ("secretario de Comercio"): only other titles take them.
      const particles =
        next &&
        !next.capitalized &&
        nameAt === title.roleEnd &&
        !lookups.titleLanguages.get(title.title.words)?.has('es')
          ? particlesBefore(tokens, nameAt)
          : 0;
      const nameStart = nameAt + particles;
      const named = tokens[nameStart];
      if (
        named &&
        named.capitalized &&
        !known[nameStart] &&
        !isIn(named, WordClass.notName) &&
        !isAcronym(text, named) &&
        (named.joined || nameAt > title.roleEnd)
      ) {
        // Title case capitalises the verb after a name too ("Secretary Rubio Meets …"): one word only,
        // or a given name and one more.
        const end =
          strictness === 'heading'
            ? nameStart +
              (isIn(named, WordClass.givenName) && tokens[nameStart + 1]?.capitalized && tokens[nameStart + 1]!.joined
                ? 2
                : 1)
            : runAt(tokens, nameStart, known);
        const words = tokens.slice(nameStart, end);
        const lastWord = words.at(-1)!;
        if (
          end - nameStart <= 5 &&
          !isIn(lastWord, WordClass.organizationHead | WordClass.placeHead) &&
          !isIn(named, WordClass.organizationOpener)
        ) {
          push(title.roleStart, end, {
            kind: 'person',
            name: textOf(nameAt, end),
            role,
            country: title.country,
            evidence: 'titled',
          });
          i = end;
          continue;
        }
      }
      const possessiveOfName = tokens[title.roleEnd - 1]!.possessive && next?.capitalized;
      // "the attorney general", "la presidenta" — but not "the fiscal year": article and title of one language.
      const articleLanguages =
        title.article !== null ? lookups.articleLanguages.get(tokens[title.article]!.folded) : undefined;
      const sameLanguage = [...(lookups.titleLanguages.get(title.title.words) ?? [])].some((language) =>
        articleLanguages?.has(language),
      );
      if (
        title.article !== null &&
        title.title.standsAlone &&
        sameLanguage &&
        !(next?.capitalized && next.joined) &&
        !possessiveOfName
      ) {
        push(title.article, title.roleEnd, {
          kind: 'person',
          name: '',
          role: roleText,
          country: title.country,
          anaphoric: true,
          evidence: 'anaphoric',
        });
        i = title.roleEnd;
        continue;
      }
      // A capitalised title with no name after it ("…, Secretario de Relaciones Exteriores de México") is no name itself.
      if (
        tokens[title.roleStart]!.capitalized &&
        !(next?.capitalized && next.joined) &&
        !possessiveOfName &&
        title.roleEnd - title.roleStart >= 1 &&
        !known[title.roleStart]
      ) {
        i = title.roleEnd;
        continue;
      }
    }
    const hit = known[i];
    if (hit && hit.known.kind !== 'person') {
      // "Monterrey Institute of Technology", "U.S. Department of State": a place opening an organisation's name.
      const end = runAt(tokens, i, []);
      if (
        end > hit.end &&
        (isIn(tokens[end - 1], WordClass.organizationHead) ||
          tokens.slice(hit.end, end).some((t) => isIn(t, WordClass.organizationOpener)))
      ) {
        const to = organizationEnd(text, tokens, end, lookups);
        push(i, to, {
          kind: 'organization',
          name: textOf(i, to),
          country: hit.known.country,
          evidence: 'organization',
        });
        i = to;
        continue;
      }
    }
    if (hit) {
      const { canonical, country } = hit.known;
      const kind = hit.known.kind as EntityKind;
      const to = kind === 'organization' ? organizationEnd(text, tokens, hit.end, lookups) : hit.end;
      push(i, to, {
        kind,
        name: kind === 'country' ? canonical : textOf(i, hit.end),
        country,
        evidence: 'known',
      });
      i = to;
      continue;
    }
    // "EU" and "EUA" are the United States in Spanish, and in no other language.
    const abbreviation = token.capitalized ? abbreviations?.get(token.folded) : undefined;
    if (abbreviation) {
      push(i, i + 1, {
        kind: 'country',
        name: abbreviation,
        country: abbreviation,
        evidence: 'known',
      });
      i++;
      continue;
    }
    // "Los Zetas", "Los Chapitos": a plural article opening a capitalised name names a group, unless it follows a preposition of place.
    const groupName =
      token.capitalized &&
      isIn(token, WordClass.groupArticle) &&
      tokens[i + 1]?.capitalized &&
      tokens[i + 1]!.joined &&
      !isIn(tokens[i + 1], WordClass.notName) &&
      !known[i + 1] &&
      !isIn(tokens[i - 1], WordClass.placePreposition);
    // "el cártel de Sinaloa": a lower-case kind of body and the name it governs.
    const leadEnd = !token.capitalized ? organizationLeadEnd(tokens, i, lookups) : -1;
    if (leadEnd > 0) {
      const end = runAt(tokens, leadEnd, known);
      push(i, end, {
        kind: 'organization',
        name: textOf(i, end),
        country: null,
        evidence: 'organization',
      });
      i = end;
      continue;
    }
    if (
      !groupName &&
      (!token.capitalized ||
        (isIn(token, WordClass.notName) && !isDefinedAcronym(text, token)) ||
        isSlashCredit(text, token) ||
        isParenthesisedCredit(text, tokens, i))
    ) {
      i++;
      continue;
    }
    if (isAcronym(text, token) && !isOrganizationAcronym(text, tokens, i)) {
      i++;
      continue;
    }
    i = runCandidate(context, i, groupName === true);
  }
  refineRegion(found, regionStart, text, tokens, lookups);
}

/** Records the acronyms of the region that stand for kinds of body or for things, not for one body. */
function collectTerms(text: string, tokens: readonly Token[], terms: Terms): void {
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (!token.capitalized) continue;
    const word = text.slice(token.start, token.end);
    const plural = isPluralAcronym(word);
    if (plural) terms.add(word.slice(0, -1).toLowerCase());
    if (!plural && !isAcronym(text, token)) continue;
    const key = (plural ? word.slice(0, -1) : word).toLowerCase();
    // "squad automatic weapons, or SAWS", "vehículos aéreos no tripulados (UAS)": defined by words in lower case.
    const opener = tokens[k - 1]?.folded;
    const definer =
      opener === '(' ? k - 2 : (opener === 'or' || opener === 'o') && tokens[k - 2]?.folded === ',' ? k - 3 : -1;
    const last = tokens[definer];
    if (!last) continue;
    if (!last.capitalized && /^\p{L}+$/u.test(last.folded)) terms.add(key);
    else if (last.capitalized) {
      // "Organizaciones Criminales Transnacionales (OCT)": a name of a kind, by its head noun.
      let first = definer;
      while (first > 0 && tokens[first - 1]!.capitalized && tokens[first]!.joined) first--;
      if (isIn(tokens[first], WordClass.categoryNoun) || isIn(last, WordClass.categoryNoun)) terms.add(key);
    }
  }
}

/** "… at the press conference. (Presidencia)": a name in parentheses after a sentence, closing its paragraph, credits a photo. */
function isParenthesisedCredit(text: string, tokens: readonly Token[], at: number): boolean {
  const close = tokens[at + 1];
  if (tokens[at - 1]?.folded !== '(' || close?.folded !== ')' || (at >= 2 && tokens[at - 2]!.folded !== '.'))
    return false;
  const rest = text.slice(close.end, close.end + 3);
  return rest === '' || rest.startsWith('\n') || rest.startsWith('\r');
}

const DASH = /^\s*(?:[—–-]|\.\s*[—–-])/u;

/**
 * Whether an acronym names a body here: not a wire agency's slug in a dateline ("(AP) —", "(EFE).-")
 * and not one word of a line written in capitals ("MIRA AQUÍ").
 */
function isOrganizationAcronym(text: string, tokens: readonly Token[], at: number): boolean {
  const close = tokens[at + 1];
  if (tokens[at - 1]?.folded === '(' && close?.folded === ')' && DASH.test(text.slice(close.end, close.end + 4)))
    return false;
  const capitals = (token: Token | undefined) =>
    token !== undefined && token.joined !== undefined && /^\p{Lu}{2,}$/u.test(text.slice(token.start, token.end));
  return !(capitals(tokens[at + 1]) && tokens[at + 1]!.joined) && !(capitals(tokens[at - 1]) && tokens[at]!.joined);
}

// The acronyms a text defines in parentheses ("Oficina de Defensa y Orden Social (DOS)"), for the last text asked about.
let definedIn: { text: string; acronyms: ReadonlySet<string> } | null = null;
const DEFINED_ACRONYM = /\((\p{Lu}{2,6})[),]/gu;

/**
 * "el DOS indicó": an acronym that is also a common word ("DOS" is "two") names the body the text
 * defined it for in parentheses; elsewhere it is the word.
 */
function isDefinedAcronym(text: string, token: Token): boolean {
  if (!isAcronym(text, token)) return false;
  if (definedIn?.text !== text)
    definedIn = { text, acronyms: new Set(Array.from(text.matchAll(DEFINED_ACRONYM), (m) => m[1]!)) };
  return definedIn.acronyms.has(text.slice(token.start, token.end));
}

/** What the rules over one region share. */
interface RegionContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly known: KnownHits;
  readonly lookups: NameLookups;
  readonly strictness: Strictness;
  readonly push: (from: number, to: number, fields: CandidateFields) => void;
  readonly textOf: (from: number, to: number) => string;
}

/** Reads the capitalised run at `i` (after a group's article when `groupName`), adds what it names, and returns where reading goes on. */
function runCandidate(context: RegionContext, i: number, groupName: boolean): number {
  const { text, tokens, known, lookups, strictness, push, textOf } = context;
  let end = groupName ? runAt(tokens, i + 1, known) : runAt(tokens, i, known);
  // "the Cartel de Jalisco Nueva Generación and Sinaloa Cartel": two names of bodies joined by "and".
  end = coordinatedSplit(tokens, i, end);
  const words = tokens.slice(i, end);
  const name = textOf(i, end);
  const first = words[0]!;
  const last = words.at(-1)!;
  const afterPlaceNoun = isIn(tokens[i - 1], WordClass.placeLink) && isIn(tokens[i - 2], WordClass.placeOpener);
  const tail = organizationTailEnd(tokens, end, lookups);
  // A person to confirm unless the words say otherwise.
  let kind: EntityKind = 'person';
  let role: string | null = null;
  let evidence: Candidate['evidence'] = words.length === 1 ? 'single' : 'unconfirmed';
  let to = end;
  const sentenceStart =
    i === 0 || tokens[i - 1]!.folded === '“' || tokens[i - 1]!.folded === '"' || tokens[i - 1]!.folded === ':';
  // Title case in running text ("Designations Of International Cartels") writes a title, not a name.
  const titleCase = words.some(
    (w, k) =>
      k > 0 && isIn(w, WordClass.organizationConnector) && w.capitalized && !isIn(w, WordClass.organizationOpener),
  );
  // "(E.O.) Designating Cartels and …": a capitalised gerund inside a sentence opens the title of a document.
  const gerund =
    words.length >= 2 && first.folded.endsWith('ing') && /^\p{Lu}\p{Ll}+ing$/u.test(text.slice(first.start, first.end));
  // "Foreign Terrorist Organizations", "Organizaciones Criminales Transnacionales", "Government": kinds of body, not one.
  if (titleCase || gerund || isIn(first, WordClass.categoryNoun) || isIn(last, WordClass.categoryNoun)) {
    return end;
  }
  if (words.length === 2 && last.capitalized && last.folded === 'administration' && tokens[i - 1]?.folded === 'the') {
    // "the Trump Administration": the administration is a government, and the name before it a president's.
    push(i, end - 1, {
      kind: 'person',
      name: textOf(i, end - 1),
      country: null,
      evidence: 'given',
    });
    return end;
  }
  // "Mexican cartels", "Mexico-based cartels": a nationality before a kind of body names no body.
  const nationality = words.length === 1 && (lookups.adjectives.has(first.folded) || /-\p{Ll}+$/u.test(first.folded));
  if (!nationality && (groupName || tail > 0)) {
    kind = 'organization';
    evidence = 'organization';
    if (tail > 0) to = tail;
  } else if (afterPlaceNoun) {
    kind = 'place';
    evidence = 'place';
  } else if (words.length >= 2 && isIn(last, WordClass.organizationHead) && isIn(last, WordClass.categoryNoun)) {
    evidence = 'unconfirmed';
  } else if (
    words.length >= 2 &&
    (isIn(first, WordClass.organizationOpener) ||
      isIn(last, WordClass.organizationHead) ||
      words.some((w) => isCompanySuffix(text, w)) ||
      companySuffixAt(text, tokens, end) >= 0)
  ) {
    kind = 'organization';
    evidence = 'organization';
    to = organizationEnd(text, tokens, end, lookups);
  } else if (words.length >= 2 && isIn(last, WordClass.placeHead)) {
    kind = 'place';
    evidence = 'place';
  } else if (
    words.length === 1 &&
    (isAcronym(text, first) || isInnerCapitals(text, first)) &&
    // A legal form alone ("institutions-CIBanco S.A.") ends a name not read as one; it names nothing by itself.
    !isCompanySuffix(text, first)
  ) {
    kind = 'organization';
    evidence = 'acronym';
  } else if (words.length === 1 && isIn(first, WordClass.soloInstitution) && !sentenceStart) {
    kind = 'organization';
    evidence = 'organization';
  } else if (strictness === 'heading') {
    // Title case capitalises every word of a heading: its runs stay to be confirmed.
  } else if (isWithheldSurname(text, tokens, end)) {
    // "Climaco «N»": Mexican authorities withhold the surnames of the accused.
    evidence = 'given';
    to = end + 3;
  } else if (
    words.length >= 2 &&
    words.length <= 4 &&
    (isIn(first, WordClass.givenName) ||
      (/^\p{Lu}\.$/u.test(text.slice(first.start, first.end)) && isIn(words[1], WordClass.givenName)))
  ) {
    evidence = 'given';
  } else if (isOrganizationDescribed(text, tokens, i, end, lookups)) {
    kind = 'organization';
    evidence = 'organization';
    to = organizationEnd(text, tokens, end, lookups);
  } else if (isTheNamed(text, tokens, i, sentenceStart)) {
    // "London’s The Telegraph": "The" capitalised inside a sentence opens a title, an outlet's.
    kind = 'organization';
    evidence = 'organization';
    push(i - 1, end, { kind, name: textOf(i - 1, end), country: null, evidence });
    return end;
  } else if (administrationOf(tokens, i, end)) {
    // "the Obama administration": a surname before "administration" is a president's.
    evidence = 'given';
  } else {
    const apposition = words.length >= 2 && words.length <= 4 ? appositionAfter(text, tokens, end) : null;
    if (apposition) {
      role = text.slice(apposition.start, apposition.end);
      evidence = 'apposition';
    } else if (tokens[end - 1]!.possessive && personFollows(tokens, end, known)) {
      // "Channel 2’s Richard Elliot": whoever employs a named person is a body.
      kind = 'organization';
      evidence = 'organization';
    }
  }
  const nameTo = evidence === 'given' && to > end ? to : end;
  push(i, to, {
    kind,
    name: nameTo > end ? `${name} N` : kind === 'organization' ? textOf(i, to) : name,
    role,
    country: null,
    evidence,
  });
  return to;
}

/** Evidence that names a person in full, whose surname then confirms the same word alone. */
const SURNAME_EVIDENCE = new Set<Candidate['evidence']>(['known', 'titled', 'given', 'apposition']);

/**
 * The second pass: single words become people when they are the surname of a person the document
 * names in full (or of a known actor); unconfirmed runs when their last word is such a surname or
 * appears alone elsewhere in the document. Everything else unconfirmed is dropped.
 */
function confirm(candidates: readonly Candidate[], lookups: NameLookups, terms: Terms): Mention[] {
  // Arrays are filled by push rather than made by filter or map: an empty array from those has
  // another hidden class than a filled one, and the loops over them were deoptimised for it.
  const surnames = new Set<string>();
  const singles = new Set<string>();
  const runs: string[] = [];
  for (const c of candidates) {
    if (c.kind === 'person' && !c.anaphoric && SURNAME_EVIDENCE.has(c.evidence))
      for (const key of surnameKeys(c.name)) surnames.add(key);
    // Words written alone in the body, other than nationalities ("American"), may be a person's surname.
    if (c.evidence === 'single' && !c.inHeading && !lookups.adjectives.has(c.name.toLowerCase()))
      singles.add(c.name.toLowerCase());
    if (c.evidence === 'unconfirmed' && !c.inHeading) runs.push(c.name.toLowerCase());
  }
  // "Everardo Quintero Lugo … Quintero Lugo": a run repeated later by its last words names a person,
  // and so does every run that ends with such a tail.
  // Each run's endings after a space, gathered once: comparing every run with every other would cost
  // the square of their number in a text of thousands of names.
  const endings = (run: string) => {
    const found: string[] = [];
    for (let i = run.indexOf(' '); i >= 0; i = run.indexOf(' ', i + 1)) found.push(run.slice(i + 1));
    return found;
  };
  const distinctRuns = new Set(runs);
  const endingsOfRuns = new Set<string>();
  for (const run of distinctRuns) for (const ending of endings(run)) endingsOfRuns.add(ending);
  const tails = new Set<string>();
  for (const run of distinctRuns) if (endingsOfRuns.has(run)) tails.add(run);
  const repeatedTails = new Set(tails);
  for (const run of distinctRuns) if (endings(run).some((ending) => tails.has(ending))) repeatedTails.add(run);
  const bodyOrganizations = new Set<string>();
  for (const c of candidates)
    if (c.kind === 'organization' && !c.inHeading) bodyOrganizations.add(c.name.toLowerCase());
  const result: Mention[] = [];
  for (const candidate of candidates) {
    const { evidence, inHeading } = candidate;
    const mention = mentionOf(candidate);
    if (
      (evidence === 'acronym' || evidence === 'alias') &&
      candidate.kind === 'organization' &&
      terms.has(candidate.name.toLowerCase())
    )
      continue;
    // Title case makes any run look like a body's name: in a heading only a name the body repeats is one.
    if (evidence === 'organization' && inHeading && !bodyOrganizations.has(candidate.name.toLowerCase())) continue;
    if (evidence === 'single') {
      const key = mention.name.toLowerCase();
      if (surnames.has(key) || lookups.knownSurnames.has(key)) result.push(mention);
      else result.push(...hyphenParts(mention, surnames, lookups));
    } else if (evidence === 'unconfirmed') {
      const last = mention.name.split(/\s+/).at(-1)!.toLowerCase();
      if (
        surnames.has(last) ||
        lookups.knownSurnames.has(last) ||
        (!inHeading && (singles.has(last) || repeatedTails.has(mention.name.toLowerCase())))
      )
        result.push(mention);
    } else result.push(mention);
  }
  return result;
}

/** "Sheinbaum-Rubio meeting": a hyphenated pair of known surnames is two mentions. */
function hyphenParts(mention: Mention, surnames: ReadonlySet<string>, lookups: NameLookups): Mention[] {
  if (!mention.name.includes('-')) return [];
  const parts = mention.name.split('-');
  if (!parts.every((part) => surnames.has(part.toLowerCase()) || lookups.knownSurnames.has(part.toLowerCase())))
    return [];
  let offset = mention.start;
  return parts.map((part) => {
    const start = offset;
    offset += part.length + 1;
    return {
      start,
      end: start + part.length,
      kind: mention.kind,
      name: part,
      role: mention.role,
      country: mention.country,
      anaphoric: mention.anaphoric,
    };
  });
}

/**
 * Mentions are built here (and in `hyphenParts`) by literals in the order of `Mention`'s fields, so
 * that all of them share one hidden class and the stages that read them stay monomorphic.
 */
function mentionOf(candidate: Candidate): Mention {
  const { start, end, kind, name, role, country, anaphoric } = candidate;
  return { start, end, kind, name, role, country, anaphoric };
}
