import type { Span } from '../../../core/index.js';
import { wordsOf } from '../../common/phrase-matcher.js';
import { wordNumber } from '../../common/word-numbers.js';
import { isSpaceCode } from '../../../text/spaces.js';
import { nameLexicons, speechLexicons, type SpeechLexicon } from '../../../lexicons/index.js';
import { Cue, speechVocabulary, type SpeechVocabulary } from './speech-vocabulary.js';
import { alternation, endingWith, WORD_END, WORD_START } from '../../common/patterns.js';

/** The speech lexicons of both languages compiled into the patterns the quotes stage uses. */
export interface SpeechTools {
  /** The lexicons' lemmas made into forms, in one phrase matcher. */
  readonly vocabulary: SpeechVocabulary;
  /** Adverbs ending a text, before a verb: "reportedly ", "más tarde ". */
  readonly adverbBefore: RegExp;
  /** Sticky: what must follow a participle for it to report (", adding that …", "declaring he is …"). */
  readonly participleFollow: RegExp;
  /** "according to", "según" at the end of a text. */
  readonly sourceAtEnd: RegExp;
  readonly pronouns: ReadonlySet<string>;
  readonly pluralPronouns: ReadonlySet<string>;
  /** An unnamed speaker's description ending at the end of a text: "a senior State Department official". Global, so that a search can start at `lastIndex`. */
  readonly anonymousAtEnd: RegExp;
  /** An unnamed speaker's description at the start of a text: "a Mexican diplomatic source". */
  readonly anonymousAtStart: RegExp;
  /** Every unnamed speaker's description in a text. */
  readonly anonymousAll: RegExp;
  /** The head nouns of unnamed speakers' descriptions ("official", "fuente"), by word number (see word-numbers.ts). */
  readonly headWords: ReadonlySet<number>;
  /** Adverbs, auxiliaries and times that may stand between a speaker and the verb. */
  readonly adverbsAtEnd: RegExp;
  /** The last words of those (lower case): a text ending otherwise has none to strip. */
  readonly adverbEndings: ReadonlySet<string>;
  /** Only a lead ending with a comma and adverbs before a verb ("Más tarde,", "On Friday, also"): no subject of its own. */
  readonly bareLead: RegExp;
  /** Verbs of each kind that report speech only under a condition (lower case). */
  readonly reportVerbs: ReadonlySet<string>;
  readonly questionVerbs: ReadonlySet<string>;
  /** A complement clause opening at the start of a text ("that …", "que …", "en que …"). */
  readonly complementAtStart: RegExp;
  /**
   * A clause lead that is a channel and an impersonal marker only, a bracket's commas aside: "A
   * través de la Comisión (CNBV, por sus siglas), se " (before the verb).
   */
  readonly impersonalThroughLead: RegExp;
  /** A document, then a relative and an impersonal marker ending the text: "un informe reciente de la Auditoría en el que se ". */
  readonly impersonalInDocument: RegExp;
  /**
   * A relative clause opening before a speaker and a verb of saying, ending the text: " that border
   * agents ", ", a plan she ". `p` is a pronoun or a name after a noun; `g` one or two words after a relative pronoun.
   */
  readonly embeddedReport: RegExp;
  /** A reported question opening at the start of a text ("how many …", "si …"). */
  readonly questionAtStart: RegExp;
  /** Words that open a complement clause, global: "that", "que". */
  readonly complementizers: RegExp;
  /** A document's head noun and "of" ending a text: "un comunicado reciente de la ", "a statement from the ". */
  readonly documentOfBefore: RegExp;
  /** A document's head noun anywhere in a text: "un comunicado", "the statement". */
  readonly documentMention: RegExp;
  /** A coordinator opening a text: "”, dijo y subrayó …" goes on with the same subject. */
  readonly coordinatorAtStart: RegExp;
  /** Nothing but a time after an attribution: " on Tuesday.", " el miércoles 18 de junio". */
  readonly timeOnly: RegExp;
  /** "Asked whether …," opening a sentence. */
  readonly askedOpener: RegExp;
  /** The last coordinator before the end of a text ("…, but she"): global, to find them all. */
  readonly coordinators: RegExp;
  /** A short lead before a clause's subject: up to four words and a comma ("On Friday,"), or a conjunction ("But"). */
  readonly leadAtStart: RegExp;
  /** A definite article and a space at the start of a text: "the official" refers back. */
  readonly definiteAtStart: RegExp;
  /** A description of one institution by its kind, before its name: "la organización civil …", "the research group …". */
  readonly institutionAtStart: RegExp;
  /** ", including X," at the end of a subject. */
  readonly inclusionAtEnd: RegExp;
  /** A group's description, the whole text: "Mexican authorities", "officials in Mexico City", "Fuentes de la FGR". */
  readonly groupPhrase: RegExp;
  /** A circumstance opening at the start of a text (" en conferencia", " in a statement"). */
  readonly circumstanceAtStart: RegExp;
  /** Lower-case plural heads of speaker descriptions that close a sentence ("officials"). */
  readonly speakerGroups: RegExp;
  /** A document's description at the start of a text: "the indictments", "cifras de la Sedena". */
  readonly documentAtStart: RegExp;
  /** A publication, with a definite article or a possessive, opening a text: "el informe", "its statement". */
  readonly publishedAtStart: RegExp;
  /** A plural possessive and a publication: "their statement", "sus comunicados". */
  readonly publishedAfterPossessive: RegExp;
  /** A document as the whole text: "Datos de la Agencia Portuaria". */
  readonly documentPhrase: RegExp;
  /** A proper name, possibly after an article: "the Centers for Disease Control and Prevention". */
  readonly properName: RegExp;
  /** The same, as the whole text after an article and a title word: "la exembajadora Inés Mercado Rivas". */
  readonly namedSubject: RegExp;
  /** "in her view", "a su juicio" anywhere in a text. */
  readonly opinionFrame: RegExp;
  /** "Para X," opening a sentence. */
  readonly viewpointAtStart: RegExp;
  /** A word before a source phrase that turns it into agreement ("está de acuerdo con"). */
  readonly sourceBlockedBefore: RegExp;
}

/** An alternation whose words may open with a capital: "a|an" → "[aA]|[aA]n". */
const caseless = (alternatives: string) =>
  alternatives.replace(
    /(^|\|)(\p{L})/gu,
    (_, bar: string, c: string) => `${bar}[${c.toLowerCase()}${c.toUpperCase()}]`,
  );
const B = WORD_START;
const E = WORD_END;

export { Cue };

let compiled: SpeechTools | null = null;

/** Reporting mixes languages ("dijo" in an English story quoting the Mexican press is rare, but cheap to allow). */
export function speechTools(): SpeechTools {
  if (compiled) return compiled;
  const all = Object.values(speechLexicons) as SpeechLexicon[];
  const pick = (f: (l: SpeechLexicon) => readonly string[]) => alternation(all.flatMap(f));
  const adverbs = pick((l) => l.adverbs);
  const heads = pick((l) => l.anonymousHeads);
  const indefinites = pick((l) => l.indefinites);
  // Up to five words between the determiner and the head ("a senior State Department official"),
  // then what the speaker belongs to, when it is named ("un funcionario de la Cancillería").
  const name = `(?:\\p{Lu}\\.(?:\\p{Lu}\\.)+|\\p{Lu}[\\p{L}'’-]*)`;
  const belongs = `(?:\\s+(?:de|del|of|from|at|in|en)\\s+(?:(?:la|el|los|las|the)\\s+)?${name}(?:\\s+(?:(?:de|del|of|the|la|el|y|and)\\s+)*${name}){0,3})?`;
  const description = `(?:${caseless(indefinites)})\\s+(?:[\\p{L}.'’-]+\\s+){0,5}?(?:${caseless(heads)})${belongs}`;
  const auxiliaries = pick((l) => l.auxiliaries);
  // "announced today that", "said in a statement that", "dijo este lunes que": a time or a
  // circumstance may stand between the verb and its clause; "announced she would" has no "that".
  // A date may carry its year: "informaron el jueves 5 de marzo de 2026", "said on March 5, 2026".
  const timePhrase = `(?:(?:on|this|last|next|el|este|esta|la|del|pasado|el\\s+pasado)\\s+)?(?:${pick((l) => l.timeWords)})(?:\\s+\\d{1,2}(?:\\s+de\\s+\\p{L}+)?(?:,?\\s+(?:del?\\s+)?\\d{4})?)?`;
  const complementLead = `[\\s,]*(?:(?:${adverbs})|${timePhrase}|(?:${pick((l) => l.circumstances)})\\s+[^,;:.]{1,40}?)`;
  const finite = alternation([
    ...all.flatMap((l) => l.auxiliaries),
    'is',
    'are',
    'was',
    'were',
    'would',
    'will',
    'can',
    'could',
    'should',
    'must',
  ]);
  const bareClause = `[\\s,]+(?:${pick((l) => l.clauseSubjects) || '(?!)'})\\s+(?:${finite}|\\p{L}+(?:ed|s))${E}`;
  const determiners = caseless(pick((l) => l.groupDeterminers));
  // A country adjective may follow a group's head: "las autoridades mexicanas".
  const countryAdjectives = alternation(
    Object.values(nameLexicons)
      .flatMap((l) => Object.keys(l.countryAdjectives))
      .filter((a) => !a.includes(' ')),
  );
  // A modifier before a head: any word but a verb-like connective ("Mexican", "senior", "civil").
  const modifier = `(?:[\\p{L}.'’-]+\\s+){0,3}?`;
  const complement = `(?:\\s+(?:of|from|in|at|for|with|de|del|en|para|con)\\s+[^,;:]{1,80}?)?`;
  const nameWord = `(?:\\p{Lu}\\.(?:\\p{Lu}\\.)+|\\p{Lu}[\\p{L}'’-]*)`;
  const properName = `(?:(?:the|la|el|los|las)\\s+)?${nameWord}(?:\\s+(?:(?:of|for|and|on|the|de|del|la|el|los|las|y|para|sobre)\\s+)*${nameWord})*`;
  compiled = {
    vocabulary: speechVocabulary(),
    adverbBefore: endingWith(all.flatMap((l) => l.adverbs)),
    participleFollow: new RegExp(`[\\s,]+(?:${pick((l) => l.complementizers)})${E}|${bareClause}`, 'iuy'),
    sourceAtEnd: new RegExp(`${B}(?:${pick((l) => l.sources)})\\s*$`, 'iu'),
    pronouns: new Set(all.flatMap((l) => l.pronouns)),
    pluralPronouns: new Set(all.flatMap((l) => l.pluralPronouns)),
    // Case-sensitive, so that the name a speaker belongs to must be capitalised: `caseless` lets the words themselves be either.
    anonymousAtEnd: new RegExp(`${B}(?<d>${description})\\s*$`, 'gu'),
    anonymousAtStart: new RegExp(`^\\s*(?<d>${description})${E}`, 'u'),
    anonymousAll: new RegExp(`${B}(?<d>${description})${E}`, 'gu'),
    headWords: new Set(all.flatMap((l) => l.anonymousHeads).map((w) => wordNumber(w.toLowerCase()))),
    bareLead: new RegExp(
      `^[\\s"“«—–-]*(?:[\\p{L}\\p{N}’']+(?:\\s+[\\p{L}\\p{N}’']+){0,4},\\s*)?(?:(?:\\p{Ll}+mente|${adverbs})\\s+)?$`,
      'u',
    ),
    adverbEndings: new Set(
      all
        .flatMap((l) => [...l.adverbs, ...l.auxiliaries, ...l.timeWords])
        .map((w) => w.toLowerCase().split(' ').at(-1)!),
    ),
    // "Sheinbaum last February told", "Ruiz on Tuesday said": a time, like an adverb, may stand between speaker and verb.
    adverbsAtEnd: new RegExp(`(?:\\s+(?:${auxiliaries ? `${auxiliaries}|` : ''}${adverbs}|${timePhrase}))+\\s*$`, 'iu'),
    reportVerbs: speechVocabulary().reportForms,
    questionVerbs: speechVocabulary().questionForms,
    complementAtStart: new RegExp(
      `^(?:${complementLead})?[\\s,]*(?:${pick((l) => l.complementizers)})${E}|^${bareClause}`,
      'iu',
    ),
    impersonalThroughLead: new RegExp(
      `^[\\s"“«—–-]*(?:${pick((l) => l.channels) || '(?!)'})\\s+(?:[^,;:()]|\\([^()]{0,80}\\)){1,160}?,\\s*(?:${pick((l) => l.impersonalMarkers) || '(?!)'})\\s+$`,
      'iu',
    ),
    impersonalInDocument: new RegExp(
      `${B}(?:${pick((l) => l.documentHeads)})${E}[^.;:]{0,80}?\\s(?:${pick((l) => l.documentRelatives)})\\s+(?:${pick((l) => l.impersonalMarkers) || '(?!)'})\\s+$`,
      'iu',
    ),
    // After ", an offer" the speaker is a pronoun or a name, else the noun phrase goes on (", a
    // congressional research report estimated"); after "that" it may be an unnamed group.
    embeddedReport: new RegExp(
      `(?<r>,\\s+(?:an?|the)\\s+\\p{Ll}[\\p{L}-]*\\s+(?<p>(?:${pick((l) => l.clauseSubjects)})${E}|\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)?)|\\s(?:${pick((l) => l.relativePronouns) || '(?!)'})\\s+(?<g>\\p{L}[\\p{L}.'’-]*(?:\\s+\\p{L}[\\p{L}.'’-]*)?))\\s+$`,
      'u',
    ),
    questionAtStart: new RegExp(`^[\\s,]*(?:${pick((l) => l.questionWords)})${E}`, 'iu'),
    complementizers: new RegExp(`${B}(?:${pick((l) => l.complementizers)})${E}`, 'giu'),
    documentOfBefore: new RegExp(
      `${B}(?:${pick((l) => l.documentHeads)})(?:\\s+\\p{L}+){0,2}\\s+(?:de|del|of|from|by)\\s+(?:(?:la|el|los|las|the)\\s+)?$`,
      'iu',
    ),
    documentMention: new RegExp(`${B}(?:${pick((l) => l.documentHeads)})${E}`, 'iu'),
    coordinatorAtStart: new RegExp(`^\\s+(?:${pick((l) => l.coordinators)})\\s`, 'iu'),
    timeOnly: new RegExp(`^[\\s,]*(?:${timePhrase})[\\s.]*$`, 'iu'),
    askedOpener: new RegExp(
      `^[\\s"“«—–-]*(?:${alternation(speechVocabulary().askedForms)})\\s+(?:${pick((l) => [...l.questionWords, 'about', 'sobre', 'acerca de'])})${E}`,
      'iu',
    ),
    coordinators: new RegExp(`(?:[,;]\\s*|\\s)(?:${pick((l) => l.coordinators)})\\s+`, 'giu'),
    leadAtStart: new RegExp(
      `^[\\s"“«—–-]*(?:(?:[\\p{L}\\p{N}’']+\\s+){0,3}?[\\p{L}\\p{N}’']+,\\s+|(?:${pick((l) => l.clauseOpeners)})\\s+)?`,
      'iu',
    ),
    definiteAtStart: new RegExp(`^(?:${pick((l) => l.definiteArticles)})\\s`, 'iu'),
    institutionAtStart: new RegExp(
      `^(?:(?:${caseless(pick((l) => l.definiteArticles))})\\s+)?(?:\\p{L}+\\s+){0,3}?(?:${caseless(pick((l) => l.institutionKinds))})\\s+(?:\\p{Ll}+\\s+){0,2}\\p{Lu}`,
      'u',
    ),
    inclusionAtEnd: new RegExp(`,\\s*(?:${pick((l) => l.inclusions)})\\s+(?<x>[^,]+?),?\\s*$`, 'iu'),
    circumstanceAtStart: new RegExp(`^\\s+(?:${pick((l) => l.circumstances)})\\s`, 'iu'),
    speakerGroups: new RegExp(`^(?:\\p{L}+\\s+){0,4}?(?:${pick((l) => l.speakerGroups)})(?:\\s+\\p{L}+){0,4}$`, 'iu'),
    groupPhrase: new RegExp(
      `^(?:(?:${determiners})\\s+)?${modifier}(?:${caseless(pick((l) => l.groupHeads))})${E}(?:\\s+(?:${countryAdjectives}))?${complement}$`,
      'u',
    ),
    documentAtStart: new RegExp(
      `^(?:(?:${determiners})\\s+)?${modifier}(?:${caseless(pick((l) => l.documentHeads))})${E}`,
      'u',
    ),
    publishedAtStart: new RegExp(
      `^(?:${caseless(pick((l) => [...l.definiteArticles, ...l.singularPossessives]))})\\s+(?:\\p{L}+\\s+)?(?:${pick((l) => l.publications)})${E}`,
      'iu',
    ),
    publishedAfterPossessive: new RegExp(
      `^(?:${pick((l) => l.pluralPossessives)})\\s+(?:\\p{L}+\\s+)?(?:${pick((l) => l.publications)})`,
      'iu',
    ),
    documentPhrase: new RegExp(
      `^(?:(?:${determiners})\\s+)?${modifier}(?:${caseless(pick((l) => l.documentHeads))})${E}${complement}$`,
      'u',
    ),
    properName: new RegExp(properName, 'u'),
    namedSubject: new RegExp(
      `^(?:(?:${determiners})\\s+)?(?:\\p{Ll}+\\s+)?(?<n>(?!(?:${determiners})\\s)${nameWord}(?:\\s+(?:(?:de|del|la|y|of|the)\\s+)*${nameWord})+)$`,
      'u',
    ),
    opinionFrame: new RegExp(`${B}(?:${pick((l) => l.opinionFrames)})${E}`, 'iu'),
    viewpointAtStart: new RegExp(`^[\\s"“«—–-]*(?:${caseless(pick((l) => l.viewpoints)) || '(?!)'})\\s+`, 'u'),
    sourceBlockedBefore: new RegExp(`${B}(?:${pick((l) => l.sourceBlockers) || '(?!)'})\\s+$`, 'iu'),
  };
  return compiled;
}

/** The unnamed speaker's description that ends `text`, searched from offset `from` (see `CueIndex.descriptionsFrom`); none when `from` is negative. */
export function describedAtEnd(text: string, tools: SpeechTools, from: number): RegExpExecArray | null {
  // An end-anchored pattern is tried at every offset: only from where a description can begin.
  if (from < 0) return null;
  tools.anonymousAtEnd.lastIndex = from;
  return tools.anonymousAtEnd.exec(text);
}

/**
 * Every unnamed speaker's description in `text`, in order, searched from offset `from` of `text`
 * (see `CueIndex.descriptionsFrom`); none when `from` is negative.
 */
export function describedIn(text: string, tools: SpeechTools, from: number): RegExpExecArray[] {
  if (from < 0) return [];
  tools.anonymousAll.lastIndex = from;
  return [...text.matchAll(tools.anonymousAll)];
}

/** A speech cue found in a document: a verb (with an adverb before it: "reportedly told"), a source phrase, a participle … */
export interface CueMatch {
  /** Where the cue begins, its adverb included. */
  readonly start: number;
  readonly end: number;
  /** Where the cue's own words begin, after its adverb. */
  readonly verbStart: number;
  /** `Cue` flags. */
  readonly kinds: number;
  /** The cue's words, in lower case with single spaces ("dio a conocer"). */
  readonly phrase: string;
}

/**
 * Where a document's speech cues and the head nouns of unnamed speakers stand, found once in one pass
 * over its words: every question about a range of the document is then a binary search, and no
 * pattern of hundreds of alternatives is tried at every offset.
 */
export class CueIndex {
  /** The cues, in order. */
  readonly matches: CueMatch[] = [];
  /** Their starts, for binary search. */
  private readonly starts: number[] = [];
  private readonly heads: number[] = [];

  constructor(text: string, tools: SpeechTools) {
    // The document's words are split once and shared with the other stages that read them.
    for (const word of wordsOf(text)) if (word.id >= 0 && tools.headWords.has(word.id)) this.heads.push(word.at);
    for (const match of tools.vocabulary.cues.findAll(text)) {
      // "so-called", "well-said": the second half of a compound word is no verb.
      if (text.charCodeAt(match.start - 1) === 0x2d) continue;
      // A capital after a word or a comma makes the word part of a name: "State Department", "United States".
      if (isCapital(text, match.start) && NAME_BEFORE.test(text.slice(Math.max(0, match.start - 3), match.start)))
        continue;
      let kinds = match.value;
      let start = match.start;
      if (kinds & (Cue.verb | Cue.reported | Cue.fragment)) {
        const adverb = tools.adverbBefore.exec(text.slice(Math.max(0, match.start - ADVERB_REACH), match.start));
        if (adverb) start = match.start - adverb[0].length;
        else kinds &= ~Cue.reported;
      }
      if (kinds === 0) continue;
      this.matches.push({ start, end: match.end, verbStart: match.start, kinds, phrase: match.phrase });
      this.starts.push(start);
    }
  }

  /** The cues of one of `kinds` inside `[from, to)`, in order. */
  within(kinds: number, from: number, to: number): CueMatch[] {
    const found: CueMatch[] = [];
    for (let k = firstAtOrAfter(this.starts, from); k < this.matches.length && this.starts[k]! < to; k++) {
      const match = this.matches[k]!;
      if (match.kinds & kinds && match.end <= to) found.push(match);
    }
    return found;
  }

  /** Speech verbs inside `[from, to)`: verbs, and verbs that report after an adverb. */
  verbs(from: number, to: number): CueMatch[] {
    return this.within(Cue.verb | Cue.reported, from, to);
  }

  /** Whether a cue of one of `kinds` lies inside `[from, to)`. */
  has(kinds: number, from: number, to: number): boolean {
    for (let k = firstAtOrAfter(this.starts, from); k < this.matches.length && this.starts[k]! < to; k++) {
      if (this.matches[k]!.kinds & kinds && this.matches[k]!.end <= to) return true;
    }
    return false;
  }

  /**
   * The participle that ends `[from, to)` but for spaces, commas and a colon, after a comma or a space
   * ("…, stating “", "…, asegurando: «"); where its separator begins, or -1.
   */
  participleAtEnd(text: string, from: number, to: number): number {
    const last = this.within(Cue.participle, from, to).at(-1);
    if (!last || !/^[\s,:]*$/u.test(text.slice(last.end, to))) return -1;
    return separatorBefore(text, last.start, from);
  }

  /**
   * Participles inside `[from, to)` that attribute a clause to the sentence's subject (", adding that …",
   * "a statement declaring he is …"): where each one's separator begins, and where it ends.
   */
  reportingParticiples(text: string, tools: SpeechTools, from: number, to: number): Span[] {
    const found: Span[] = [];
    for (const match of this.within(Cue.participle, from, to)) {
      const at = separatorBefore(text, match.start, from);
      if (at < 0) continue;
      tools.participleFollow.lastIndex = match.end;
      if (tools.participleFollow.test(text)) found.push({ start: at, end: match.end });
    }
    return found;
  }

  /**
   * Where, counted from `from`, a description of an unnamed speaker in `[from, to)` of `text` can
   * begin, or -1 when none can. A description ends with a head noun, at most six words after its
   * determiner ("a senior State Department official"): none begins before the sixth word that precedes
   * the first head noun, and the pattern, tried at every offset, need not start earlier.
   */
  descriptionsFrom(text: string, from: number, to: number): number {
    const k = firstAtOrAfter(this.heads, from);
    if (k === this.heads.length || this.heads[k]! >= to) return -1;
    let at = this.heads[k]!;
    let gaps = 0;
    while (at > from) {
      if (!isSpaceCode(text.charCodeAt(at - 1))) at--;
      else if (gaps === DESCRIPTION_WORDS) break;
      else {
        while (at > from && isSpaceCode(text.charCodeAt(at - 1))) at--;
        gaps++;
      }
    }
    return at - from;
  }
}

/** Characters before a verb within which an adverb of it may begin. */
const ADVERB_REACH = 24;

/** Where the ", " or the space right before `at` begins (not before `from`), or -1 when neither stands there. */
function separatorBefore(text: string, at: number, from: number): number {
  let k = at;
  while (k > from && isSpaceCode(text.charCodeAt(k - 1))) k--;
  if (k > from && text[k - 1] === ',') return k - 1;
  return k < at ? k : -1;
}

/** Words a description may hold before its head noun: the determiner and up to five modifiers (see `anonymousAll`). */
const DESCRIPTION_WORDS = 6;

/** Index of the first of sorted `offsets` at or after `at`. */
function firstAtOrAfter(offsets: readonly number[], at: number): number {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (offsets[mid]! < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** What stands before a word inside a sentence: a letter, digit or comma, then spaces. */
const NAME_BEFORE = /[\p{L}\p{N},][ \t\u00a0]*$/u;
const isCapital = (text: string, at: number) => {
  const c = text[at]!;
  return c !== c.toLowerCase();
};
