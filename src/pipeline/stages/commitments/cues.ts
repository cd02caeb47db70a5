import { eventLexicons, lexiconLanguage } from '../../../lexicons/index.js';
import { PhraseMatcher } from '../../common/phrase-matcher.js';

/** How a cue finds its parties: right before it (modal), from the event in view (passive), or before it in the sentence. */
export type CueKind = 'modal' | 'passive' | 'verb';

const MODALS = new Set(['will', 'shall', 'are to', 'is to', 'va a', 'van a']);
const cache = new Map<string, PhraseMatcher<CueKind>>();

/** The commitment cues of a language, each tagged with how it finds its parties. */
export function commitmentCues(language: string): PhraseMatcher<CueKind> {
  const key = lexiconLanguage(language);
  let matcher = cache.get(key);
  if (!matcher) {
    matcher = new PhraseMatcher<CueKind>(
      eventLexicons[key].commitmentCues.map((cue) => [cue, MODALS.has(cue) ? 'modal' : /announced|that will|that meets|to meet regularly|que se reunirá|para dar seguimiento/.test(cue) ? 'passive' : 'verb'] as const),
    );
    cache.set(key, matcher);
  }
  return matcher;
}
