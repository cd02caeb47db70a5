import { eventLexicons, lexiconLanguage, speechLexicons } from '../../../lexicons/index.js';
import { PhraseMatcher, type PhraseMatch } from '../../common/phrase-matcher.js';

/**
 * How a cue finds its parties: right before it (modal, and a future-tense verb), from the event in
 * view (passive), before it in the sentence (verb), or from the speaker of reported speech (reported).
 */
export type CueKind = 'modal' | 'future' | 'passive' | 'verb' | 'reported';

/** The cues of one language and what reported speech needs. */
export interface CommitmentCues {
  readonly cues: PhraseMatcher<CueKind>;
  readonly speechVerbs: PhraseMatcher<true>;
  /** Endings of a future-tense verb ("-rá" in "mantendrá"); none where the future is a modal word. */
  readonly futureEndings: readonly string[];
  readonly futureExceptions: ReadonlySet<string>;
}

const MODALS = new Set(['will', 'shall', 'are to', 'is to', 'va a', 'van a', 'vamos a']);
const cache = new Map<string, CommitmentCues>();

/** The commitment cues of a language, each tagged with how it finds its parties. */
export function commitmentCues(language: string): CommitmentCues {
  const key = lexiconLanguage(language);
  let cues = cache.get(key);
  if (!cues) {
    const lexicon = eventLexicons[key];
    cues = {
      cues: new PhraseMatcher<CueKind>([
        ...lexicon.commitmentCues.map((cue) => [cue, MODALS.has(cue) ? 'modal' : /announced|that will|that meets|to meet regularly|que se reunirá|para dar seguimiento/.test(cue) ? 'passive' : 'verb'] as const),
        ...lexicon.reportedCues.map((cue) => [cue, 'reported'] as const),
      ]),
      speechVerbs: new PhraseMatcher(speechLexicons[key].verbs.map((v) => [v, true as const] as const)),
      futureEndings: lexicon.futureEndings,
      futureExceptions: new Set(lexicon.futureExceptions),
    };
    cache.set(key, cues);
  }
  return cues;
}

/** Every future-tense verb of a text that is not a prediction ("será"), in text order; none where the future is a word. */
export function futureVerbs(text: string, cues: CommitmentCues): PhraseMatch<CueKind>[] {
  const found: PhraseMatch<CueKind>[] = [];
  // Looking for the ending first is far cheaper than a pattern tried at every letter.
  for (const ending of cues.futureEndings) {
    for (let at = text.indexOf(ending); at >= 0; at = text.indexOf(ending, at + ending.length)) {
      const end = at + ending.length;
      if (end < text.length && LETTER.test(text[end]!)) continue;
      let start = at;
      while (start > 0 && LETTER.test(text[start - 1]!)) start--;
      if (at - start < 2) continue;
      const phrase = text.slice(start, end).toLowerCase();
      if (!cues.futureExceptions.has(phrase)) found.push({ start, end, phrase, value: 'future' });
    }
  }
  return cues.futureEndings.length > 1 ? found.sort((a, b) => a.start - b.start) : found;
}

const LETTER = /\p{L}/u;

/** The cues of a sentence, with the future-tense verbs inside it that no cue covers, in text order. */
export function cuesIn(text: string, start: number, end: number, cues: CommitmentCues, futures: readonly PhraseMatch<CueKind>[]): PhraseMatch<CueKind>[] {
  const found = cues.cues.findAll(text, start, end);
  if (!futures.length) return found;
  const inside = futures.filter((f) => f.start >= start && f.end <= end && !found.some((c) => c.start < f.end && f.start < c.end));
  return inside.length ? [...found, ...inside].sort((a, b) => a.start - b.start) : found;
}
