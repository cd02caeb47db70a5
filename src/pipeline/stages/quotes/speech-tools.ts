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
  /** First words of every verb and source phrase: a sentence without any of them reports no speech. */
  readonly cueWords: ReadonlySet<string>;
  /** Adverbs that may stand between a speaker and the verb. */
  readonly adverbsAtEnd: RegExp;
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alternation = (words: Iterable<string>) => [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');
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
  // Up to five words between the determiner and the head: "a senior State Department official".
  const description = `(?:${indefinites})\\s+(?:[\\p{L}.'’-]+\\s+){0,5}?(?:${heads})`;
  compiled = {
    verb: new RegExp(`${B}(?:(?:${adverbs})\\s+)?(?<v>(?:${verbs})|(?:${adverbs})\\s+(?:${reported || '(?!)'}))${E}`, 'giu'),
    fragmentCue: new RegExp(`${B}(?<!-)(?:${pick((l) => [...l.fragmentCues, ...l.verbs])})${E}`, 'iu'),
    fragmentCues: new RegExp(`${B}(?<!-)(?:${pick((l) => l.fragmentCues)})${E}`, 'giu'),
    sourceAtEnd: new RegExp(`${B}(?:${pick((l) => l.sources)})\\s*$`, 'iu'),
    pronouns: new Set(all.flatMap((l) => l.pronouns)),
    anonymousAtEnd: new RegExp(`${B}(?<d>${description})\\s*$`, 'iu'),
    anonymousAtStart: new RegExp(`^\\s*(?<d>${description})${E}`, 'iu'),
    anonymousAll: new RegExp(`${B}(?<d>${description})${E}`, 'giu'),
    cueWords: new Set(all.flatMap((l) => [...l.verbs, ...l.sources, ...l.reportedVerbs, ...l.fragmentCues]).map((phrase) => phrase.toLowerCase().split(/\s+/)[0]!)),
    adverbsAtEnd: new RegExp(`(?:\\s+(?:${adverbs}))+\\s*$`, 'iu'),
  };
  return compiled;
}
