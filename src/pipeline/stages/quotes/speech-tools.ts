import { wordsOf } from '../../common/phrase-matcher.js';
import { wordNumber } from '../../common/word-numbers.js';
import { isSpaceCode } from '../../../text/spaces.js';
import { speechLexicons, type SpeechLexicon } from '../../../lexicons/index.js';

/** The speech lexicons of both languages compiled into the patterns the quotes stage uses. */
export interface SpeechTools {
  /** A speech verb, optionally after adverbs ("reportedly told"); `v` is the verb. */
  readonly verb: RegExp;
  /** The same, sticky: a verb starting at `lastIndex`. */
  readonly verbHere: RegExp;
  /** A verb that makes a short fragment a quote ("promised to conduct"). */
  readonly fragmentCue: RegExp;
  /** The same verbs, global, to find them all in a text. */
  readonly fragmentCues: RegExp;
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
  /**
   * For each cue word, by its number (see word-numbers.ts), the kinds of cue it may belong to (`Cue`
   * flags), so that a sentence tries only the patterns its words can open; `Cue.head` marks the head
   * nouns of unnamed speakers' descriptions ("official", "fuente"). A document's words are looked up
   * by their numbers.
   */
  readonly cueKinds: ReadonlyMap<number, number>;
  /** Adverbs that may stand between a speaker and the verb. */
  readonly adverbsAtEnd: RegExp;
  /** Only a lead ending with a comma and adverbs before a verb ("Más tarde,", "On Friday, also"): no subject of its own. */
  readonly bareLead: RegExp;
  /** Verbs of each kind that report speech only under a condition (lower case). */
  readonly reportVerbs: ReadonlySet<string>;
  readonly questionVerbs: ReadonlySet<string>;
  /** A complement clause opening at the start of a text ("that …", "que …", "en que …"). */
  readonly complementAtStart: RegExp;
  /** A reported question opening at the start of a text ("how many …", "si …"). */
  readonly questionAtStart: RegExp;
  /** Words that open a complement clause, global: "that", "que". */
  readonly complementizers: RegExp;
  /** A participle that attributes what follows to the sentence's subject: ", adding that", "a statement declaring he is". */
  readonly participle: RegExp;
  /** A document's head noun anywhere in a text: "un comunicado", "the statement". */
  readonly documentMention: RegExp;
  /** A coordinator opening a text: "”, dijo y subrayó …" goes on with the same subject. */
  readonly coordinatorAtStart: RegExp;
  /** A participle right before a quotation mark: "…, stating “", "…, asegurando: «". */
  readonly participleAtEnd: RegExp;
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
  /** A document as the whole text: "Cifras de la Oficina de Aduanas". */
  readonly documentPhrase: RegExp;
  /** A verb that reports with a document as subject ("figures show"). */
  readonly documentVerb: RegExp;
  /** A proper name, possibly after an article: "the Centers for Disease Control and Prevention". */
  readonly properName: RegExp;
  /** The same, as the whole text after an article and a title word: "la exembajadora Inés Mercado Rivas". */
  readonly namedSubject: RegExp;
  /** "in her view", "a su juicio" anywhere in a text. */
  readonly opinionFrame: RegExp;
  /** "Para X," opening a sentence. */
  readonly viewpointAtStart: RegExp;
  /** Source phrases, global: "according to", "según". */
  readonly sources: RegExp;
  /** A word before a source phrase that turns it into agreement ("está de acuerdo con"). */
  readonly sourceBlockedBefore: RegExp;
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alternation = (words: Iterable<string>) => [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');
/** An alternation whose words may open with a capital: "a|an" → "[aA]|[aA]n". */
const caseless = (alternatives: string) => alternatives.replace(/(^|\|)(\p{L})/gu, (_, bar: string, c: string) => `${bar}[${c.toLowerCase()}${c.toUpperCase()}]`);
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

/** Kinds of speech cue, as flags. */
export const Cue = { verb: 1, source: 2, document: 4, participle: 8, opinion: 16, head: 32 } as const;
/** The kinds of cue that report speech: all but head nouns. */
const SPEECH_CUES = Cue.verb | Cue.source | Cue.document | Cue.participle | Cue.opinion;

let compiled: SpeechTools | null = null;

/** Reporting mixes languages ("dijo" in an English story quoting the Mexican press is rare, but cheap to allow). */
export function speechTools(): SpeechTools {
  if (compiled) return compiled;
  const all = Object.values(speechLexicons) as SpeechLexicon[];
  const pick = (f: (l: SpeechLexicon) => readonly string[]) => alternation(all.flatMap(f));
  const verbs = pick((l) => l.verbs);
  const reported = pick((l) => l.reportedVerbs);
  const adverbs = pick((l) => l.adverbs);
  const heads = pick((l) => l.anonymousHeads);
  const indefinites = pick((l) => l.indefinites);
  // Up to five words between the determiner and the head ("a senior State Department official"),
  // then what the speaker belongs to, when it is named ("un funcionario de la Cancillería").
  const name = `(?:\\p{Lu}\\.(?:\\p{Lu}\\.)+|\\p{Lu}[\\p{L}'’-]*)`;
  const belongs = `(?:\\s+(?:de|del|of|from|at|in|en)\\s+(?:(?:la|el|los|las|the)\\s+)?${name}(?:\\s+(?:(?:de|del|of|the|la|el|y|and)\\s+)*${name}){0,3})?`;
  const description = `(?:${caseless(indefinites)})\\s+(?:[\\p{L}.'’-]+\\s+){0,5}?(?:${caseless(heads)})${belongs}`;
  const cueKinds = new Map<string, number>();
  const kinds: Array<[number, (l: SpeechLexicon) => readonly string[]]> = [
    [Cue.verb, (l) => [...l.verbs, ...l.reportedVerbs, ...l.fragmentCues, ...l.reportVerbs, ...l.questionVerbs]],
    [Cue.source, (l) => l.sources],
    [Cue.document, (l) => l.documentVerbs],
    [Cue.participle, (l) => l.participles],
    [Cue.opinion, (l) => l.opinionFrames],
  ];
  for (const [kind, words] of kinds) for (const word of all.flatMap(words).map(longestWord)) cueKinds.set(word, (cueKinds.get(word) ?? 0) | kind);
  for (const head of all.flatMap((l) => l.anonymousHeads).map((w) => w.toLowerCase())) cueKinds.set(head, (cueKinds.get(head) ?? 0) | Cue.head);
  const auxiliaries = pick((l) => l.auxiliaries);
  // "announced today that", "said in a statement that", "dijo este lunes que": a time or a
  // circumstance may stand between the verb and its clause; "announced she would" has no "that".
  const timePhrase = `(?:(?:on|this|last|next|el|este|esta|la|del|pasado|el\\s+pasado)\\s+)?(?:${pick((l) => l.timeWords)})(?:\\s+\\d{1,2}(?:\\s+de\\s+\\p{L}+)?)?`;
  const complementLead = `[\\s,]*(?:(?:${adverbs})|${timePhrase}|(?:${pick((l) => l.circumstances)})\\s+[^,;:.]{1,40}?)`;
  const finite = alternation([...all.flatMap((l) => l.auxiliaries), 'is', 'are', 'was', 'were', 'would', 'will', 'can', 'could', 'should', 'must']);
  const bareClause = `[\\s,]+(?:${pick((l) => l.clauseSubjects) || '(?!)'})\\s+(?:${finite}|\\p{L}+(?:ed|s))${E}`;
  const determiners = caseless(pick((l) => l.groupDeterminers));
  // A modifier before a head: any word but a verb-like connective ("Mexican", "senior", "civil").
  const modifier = `(?:[\\p{L}.'’-]+\\s+){0,3}?`;
  const complement = `(?:\\s+(?:of|from|in|at|for|with|de|del|en|para|con)\\s+[^,;:]{1,80}?)?`;
  const nameWord = `(?:\\p{Lu}\\.(?:\\p{Lu}\\.)+|\\p{Lu}[\\p{L}'’-]*)`;
  const properName = `(?:(?:the|la|el|los|las)\\s+)?${nameWord}(?:\\s+(?:(?:of|for|and|on|the|de|del|la|el|los|las|y|para|sobre)\\s+)*${nameWord})*`;
  const verb = `${B}(?:(?:${adverbs})\\s+)?(?<v>(?:${pick((l) => [...l.verbs, ...l.reportVerbs, ...l.questionVerbs])})|(?:${adverbs})\\s+(?:${reported || '(?!)'}))${E}`;
  compiled = {
    verb: new RegExp(verb, 'giu'),
    verbHere: new RegExp(verb, 'iuy'),
    fragmentCue: new RegExp(`${B}(?<!-)(?:${pick((l) => [...l.fragmentCues, ...l.verbs])})${E}`, 'iu'),
    fragmentCues: new RegExp(`${B}(?<!-)(?:${pick((l) => l.fragmentCues)})${E}`, 'giu'),
    sourceAtEnd: new RegExp(`${B}(?:${pick((l) => l.sources)})\\s*$`, 'iu'),
    pronouns: new Set(all.flatMap((l) => l.pronouns)),
    pluralPronouns: new Set(all.flatMap((l) => l.pluralPronouns)),
    // Case-sensitive, so that the name a speaker belongs to must be capitalised: `caseless` lets the words themselves be either.
    anonymousAtEnd: new RegExp(`${B}(?<d>${description})\\s*$`, 'gu'),
    anonymousAtStart: new RegExp(`^\\s*(?<d>${description})${E}`, 'u'),
    anonymousAll: new RegExp(`${B}(?<d>${description})${E}`, 'gu'),
    cueKinds: new Map([...cueKinds].map(([word, kind]) => [wordNumber(word), kind])),
    bareLead: new RegExp(`^[\\s"“«—–-]*(?:[\\p{L}\\p{N}’']+(?:\\s+[\\p{L}\\p{N}’']+){0,4},\\s*)?(?:(?:\\p{Ll}+mente|${adverbs})\\s+)?$`, 'u'),
    adverbsAtEnd: new RegExp(`(?:\\s+(?:${auxiliaries ? `${auxiliaries}|` : ''}${adverbs}))+\\s*$`, 'iu'),
    reportVerbs: new Set(all.flatMap((l) => l.reportVerbs)),
    questionVerbs: new Set(all.flatMap((l) => l.questionVerbs)),
    complementAtStart: new RegExp(`^(?:${complementLead})?[\\s,]*(?:${pick((l) => l.complementizers)})${E}|^${bareClause}`, 'iu'),
    questionAtStart: new RegExp(`^[\\s,]*(?:${pick((l) => l.questionWords)})${E}`, 'iu'),
    participle: new RegExp(`(?:,\\s*|\\s)(?:(?:${adverbs})\\s+)?(?:${pick((l) => l.participles)})(?=[\\s,]+(?:${pick((l) => l.complementizers)})${E}|${bareClause})`, 'giu'),
    complementizers: new RegExp(`${B}(?:${pick((l) => l.complementizers)})${E}`, 'giu'),
    documentMention: new RegExp(`${B}(?:${pick((l) => l.documentHeads)})${E}`, 'iu'),
    coordinatorAtStart: new RegExp(`^\\s+(?:${pick((l) => l.coordinators)})\\s`, 'iu'),
    participleAtEnd: new RegExp(`(?:,\\s*|\\s)(?:(?:${adverbs})\\s+)?(?:${pick((l) => l.participles)})[\\s,:]*$`, 'iu'),
    timeOnly: new RegExp(`^[\\s,]*(?:${timePhrase})[\\s.]*$`, 'iu'),
    askedOpener: new RegExp(`^[\\s"“«—–-]*(?:${pick((l) => l.askedOpeners)})\\s+(?:${pick((l) => [...l.questionWords, 'about', 'sobre', 'acerca de'])})${E}`, 'iu'),
    coordinators: new RegExp(`(?:[,;]\\s*|\\s)(?:${pick((l) => l.coordinators)})\\s+`, 'giu'),
    leadAtStart: new RegExp(`^[\\s"“«—–-]*(?:(?:[\\p{L}\\p{N}’']+\\s+){0,3}?[\\p{L}\\p{N}’']+,\\s+|(?:${pick((l) => l.clauseOpeners)})\\s+)?`, 'iu'),
    definiteAtStart: new RegExp(`^(?:${pick((l) => l.definiteArticles)})\\s`, 'iu'),
    institutionAtStart: new RegExp(
      `^(?:(?:${caseless(pick((l) => l.definiteArticles))})\\s+)?(?:\\p{L}+\\s+){0,3}?(?:${caseless(pick((l) => l.institutionKinds))})\\s+(?:\\p{Ll}+\\s+){0,2}\\p{Lu}`,
      'u',
    ),
    inclusionAtEnd: new RegExp(`,\\s*(?:${pick((l) => l.inclusions)})\\s+(?<x>[^,]+?),?\\s*$`, 'iu'),
    circumstanceAtStart: new RegExp(`^\\s+(?:${pick((l) => l.circumstances)})\\s`, 'iu'),
    speakerGroups: new RegExp(`^(?:\\p{L}+\\s+){0,4}?(?:${pick((l) => l.speakerGroups)})(?:\\s+\\p{L}+){0,4}$`, 'iu'),
    groupPhrase: new RegExp(`^(?:(?:${determiners})\\s+)?${modifier}(?:${caseless(pick((l) => l.groupHeads))})${E}${complement}$`, 'u'),
    documentAtStart: new RegExp(`^(?:(?:${determiners})\\s+)?${modifier}(?:${caseless(pick((l) => l.documentHeads))})${E}`, 'u'),
    documentPhrase: new RegExp(`^(?:(?:${determiners})\\s+)?${modifier}(?:${caseless(pick((l) => l.documentHeads))})${E}${complement}$`, 'u'),
    documentVerb: new RegExp(`${B}(?<v>${pick((l) => l.documentVerbs)})${E}`, 'giu'),
    properName: new RegExp(properName, 'u'),
    namedSubject: new RegExp(`^(?:(?:${determiners})\\s+)?(?:\\p{Ll}+\\s+)?(?<n>(?!(?:${determiners})\\s)${nameWord}(?:\\s+(?:(?:de|del|la|y|of|the)\\s+)*${nameWord})+)$`, 'u'),
    opinionFrame: new RegExp(`${B}(?:${pick((l) => l.opinionFrames)})${E}`, 'iu'),
    viewpointAtStart: new RegExp(`^[\\s"“«—–-]*(?:${caseless(pick((l) => l.viewpoints)) || '(?!)'})\\s+`, 'u'),
    sources: new RegExp(`${B}(?:${pick((l) => l.sources)})\\s+`, 'giu'),
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

/** The longest word of a phrase: the rarest, so the best one to look for ("de acuerdo con" → "acuerdo"). */
function longestWord(phrase: string): string {
  // Split as `wordsOf` splits a text, so that the document's words can be looked up by it.
  return phrase.toLowerCase().split(/[^\p{L}\p{N}]+/u).reduce((a, b) => (b.length > a.length ? b : a), '');
}


/**
 * Where a document's cue words and the head nouns of unnamed speakers stand, found in one pass over
 * its words: a range without any is spared the patterns that need one, which tried at every offset
 * cost more than the rest of the stage.
 */
export class CueIndex {
  /** Offsets of the cue words, in order, and the kinds of cue each may belong to (`Cue` flags). */
  readonly offsets: number[] = [];
  readonly kinds: number[] = [];
  private readonly heads: number[] = [];

  constructor(text: string, tools: SpeechTools) {
    // The document's words are split once and shared with the other stages that read them.
    for (const word of wordsOf(text)) {
      if (word.id < 0) continue;
      const kind = tools.cueKinds.get(word.id);
      if (kind === undefined) continue;
      if (kind & SPEECH_CUES) {
        this.offsets.push(word.at);
        this.kinds.push(kind & SPEECH_CUES);
      }
      if (kind & Cue.head) this.heads.push(word.at);
    }
  }

  /** Whether a cue word of one of `kinds` starts in `[from, to)`. */
  has(kinds: number, from: number, to: number): boolean {
    for (let k = firstAtOrAfter(this.offsets, from); k < this.offsets.length && this.offsets[k]! < to; k++) if (this.kinds[k]! & kinds) return true;
    return false;
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
