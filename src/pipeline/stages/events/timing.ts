import type { EventTiming, Span } from '../../../core/index.js';
import type { EventVocabulary } from './vocabulary.js';

/** Words this close before a trigger (in characters, within its clause) set its timing. */
const WINDOW = 48;

/** Reads whether an event is planned, denied, conditional or under way from the words before it. */
export function timingOf(text: string, sentence: Span, trigger: Span, vocabulary: EventVocabulary): EventTiming {
  let from = Math.max(sentence.start, trigger.start - WINDOW);
  // A comma or semicolon ends the clause that governs the trigger.
  const clauseBreak = Math.max(text.lastIndexOf(',', trigger.start - 1), text.lastIndexOf(';', trigger.start - 1));
  if (clauseBreak >= from) from = clauseBreak + 1;
  const after = { start: trigger.end, end: Math.min(sentence.end, trigger.end + 24) };
  if (vocabulary.negated.test(text, from, trigger.start)) return 'negated';
  if (vocabulary.future.test(text, from, trigger.start) || vocabulary.future.test(text, after.start, after.end)) return 'future';
  if (vocabulary.hypothetical.test(text, from, trigger.start)) return 'hypothetical';
  if (vocabulary.ongoing.test(text, from, trigger.end)) return 'ongoing';
  return 'past';
}
