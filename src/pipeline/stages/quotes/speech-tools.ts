import { speechLexicons, type SpeechLexicon } from '../../../lexicons/index.js';

/** The speech lexicons of both languages compiled into the patterns the quotes stage uses. */
export interface SpeechTools {
  /** A speech verb, optionally after adverbs ("reportedly told"); `v` is the verb. */
  readonly verb: RegExp;
  /** A verb that makes a short fragment a quote ("promised to conduct"). */
  readonly fragmentCue: RegExp;
  /** The same verbs, global, to find them all in a text. */
  readonly fragmentCues: RegExp;
  /** "according to", "según" at the end of a text. */
  readonly sourceAtEnd: RegExp;
  readonly pronouns: ReadonlySet<string>;
  /** An unnamed speaker's description ending at the end of a text: "a senior State Department official". */
  readonly anonymousAtEnd: RegExp;
  /** An unnamed speaker's description at the start of a text: "a Mexican diplomatic source". */
  readonly anonymousAtStart: RegExp;
  /** Every unnamed speaker's description in a text. */
  readonly anonymousAll: RegExp;
  /** The longest word of every verb and source phrase: a sentence without any of them reports no speech. */
  readonly cueWords: ReadonlySet<string>;
  /** Length of the longest of `cueWords`. */
  readonly longestCue: number;
  /** Adverbs that may stand between a speaker and the verb. */
  readonly adverbsAtEnd: RegExp;
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alternation = (words: Iterable<string>) => [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');
/** An alternation whose words may open with a capital: "a|an" → "[aA]|[aA]n". */
const caseless = (alternatives: string) => alternatives.replace(/(^|\|)(\p{L})/gu, (_, bar: string, c: string) => `${bar}[${c.toLowerCase()}${c.toUpperCase()}]`);
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

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
  const cueWords = new Set(all.flatMap((l) => [...l.verbs, ...l.sources, ...l.reportedVerbs, ...l.fragmentCues]).map(longestWord));
  compiled = {
    verb: new RegExp(`${B}(?:(?:${adverbs})\\s+)?(?<v>(?:${verbs})|(?:${adverbs})\\s+(?:${reported || '(?!)'}))${E}`, 'giu'),
    fragmentCue: new RegExp(`${B}(?<!-)(?:${pick((l) => [...l.fragmentCues, ...l.verbs])})${E}`, 'iu'),
    fragmentCues: new RegExp(`${B}(?<!-)(?:${pick((l) => l.fragmentCues)})${E}`, 'giu'),
    sourceAtEnd: new RegExp(`${B}(?:${pick((l) => l.sources)})\\s*$`, 'iu'),
    pronouns: new Set(all.flatMap((l) => l.pronouns)),
    // Case-sensitive, so that the name a speaker belongs to must be capitalised: `caseless` lets the words themselves be either.
    anonymousAtEnd: new RegExp(`${B}(?<d>${description})\\s*$`, 'u'),
    anonymousAtStart: new RegExp(`^\\s*(?<d>${description})${E}`, 'u'),
    anonymousAll: new RegExp(`${B}(?<d>${description})${E}`, 'gu'),
    cueWords,
    longestCue: Math.max(...[...cueWords].map((w) => w.length)),
    adverbsAtEnd: new RegExp(`(?:\\s+(?:${adverbs}))+\\s*$`, 'iu'),
  };
  return compiled;
}

/** The longest word of a phrase: the rarest, so the best one to look for ("de acuerdo con" → "acuerdo"). */
function longestWord(phrase: string): string {
  return phrase.toLowerCase().split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '');
}

/** A Latin letter: ASCII, or Latin-1 and Latin Extended-A/B less × and ÷. */
function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

/**
 * Offsets of the words of `text` that may open a speech cue, in order. A plain scan over character
 * codes: a pattern of two hundred alternatives tried at every offset costs ten times as much.
 */
export function cueOffsets(text: string, tools: SpeechTools): number[] {
  const offsets: number[] = [];
  const longest = tools.longestCue;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const letter = i < text.length && isLetter(text.charCodeAt(i));
    if (letter && start < 0) start = i;
    else if (!letter && start >= 0) {
      if (i - start >= 3 && i - start <= longest && tools.cueWords.has(text.slice(start, i).toLowerCase())) offsets.push(start);
      start = -1;
    }
  }
  return offsets;
}
