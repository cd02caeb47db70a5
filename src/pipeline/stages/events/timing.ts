import type { EventTiming, Span } from '../../../core/index.js';
import type { EventVocabulary } from './vocabulary.js';

/** Words this close before a trigger (in characters, within its clause) set its timing. */
const WINDOW = 48;

/** Reads whether an event is planned, denied, conditional or under way from the words before it. */
export function timingOf(text: string, sentence: Span, trigger: Span, vocabulary: EventVocabulary): EventTiming {
  const from = clauseStart(text, Math.max(sentence.start, trigger.start - WINDOW), trigger.start);
  const after = { start: trigger.end, end: Math.min(sentence.end, trigger.end + 24) };
  if (vocabulary.negated.test(text, from, trigger.start)) return 'negated';
  // "se reunirá": the trigger's own form may be the future.
  if (vocabulary.future.test(text, from, trigger.end) || vocabulary.future.test(text, after.start, after.end))
    return 'future';
  if (vocabulary.hypothetical.test(text, from, trigger.start)) return 'hypothetical';
  if (vocabulary.ongoing.test(text, from, trigger.end)) return 'ongoing';
  return 'past';
}

/**
 * Where the clause that holds `end` starts, looking back no further than `from`: a comma or semicolon
 * ends the clause before. Only the window is searched, since most texts have no semicolon to stop a
 * search back through the whole text.
 */
function clauseStart(text: string, from: number, end: number): number {
  for (let at = end - 1; at >= from; at--) {
    const code = text.charCodeAt(at);
    if (code === 0x2c || code === 0x3b) return at + 1;
  }
  return from;
}
