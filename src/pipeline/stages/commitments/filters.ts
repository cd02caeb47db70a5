import type { Span } from '../../../core/index.js';
import { wordsOf } from '../../common/phrase-matcher.js';
import type { CommitmentVocabulary } from './vocabulary.js';
import { wordIndexAt } from './words.js';

/** How far before a cue a threat's subject ("attacks … would follow") or a question word ("what Mexico would do") counts. */
const SUBJECT_REACH = 60;
const QUESTION_REACH = 4;
const TALK_REACH = 4;

/** "Promised during the campaign": the sentence tells history, not a commitment. */
export function isHistory(text: string, sentence: Span, vocabulary: CommitmentVocabulary): boolean {
  return vocabulary.historyMarkers.test(text, sentence.start, sentence.end);
}

/**
 * A promise of force or punishment ("vowed to impose tariffs", "attacks would follow", "vamos a
 * atacar") is a threat, unless negated: "will not impose new tariffs" is a pledge.
 */
export function isThreat(
  text: string,
  sentence: Span,
  cue: Span,
  action: Span,
  vocabulary: CommitmentVocabulary,
): boolean {
  if (!vocabulary.threatWords.test(text, Math.max(sentence.start, cue.start - SUBJECT_REACH), action.end)) return false;
  const words = wordsOf(text);
  const first = wordIndexAt(words, cue.start);
  // A negation right before the cue ("no impondrá"), inside it ("would not") or opening the action ("will not impose").
  for (
    let k = Math.max(0, first - 2);
    k < words.length && words[k]!.at < action.start + 12 && words[k]!.end <= action.end;
    k++
  ) {
    if (words[k]!.end > sentence.start && vocabulary.negations.has(words[k]!.folded)) return false;
  }
  return true;
}

/** "Will hold a press conference": an action that opens with talk announces a statement, not a commitment. */
export function isTalk(text: string, action: Span, vocabulary: CommitmentVocabulary): boolean {
  const words = wordsOf(text);
  const k = wordIndexAt(words, action.start);
  const end = words[Math.min(words.length - 1, k + TALK_REACH - 1)]?.end ?? action.end;
  return vocabulary.talkNouns.test(text, action.start, Math.min(action.end, end));
}

/** "Highlighted … what Mexico would do": a reported question, not a promise. */
export function isReportedQuestion(text: string, sentence: Span, cue: Span, vocabulary: CommitmentVocabulary): boolean {
  const words = wordsOf(text);
  const at = wordIndexAt(words, cue.start);
  for (let k = at - 1; k >= Math.max(0, at - QUESTION_REACH) && words[k]!.at >= sentence.start; k--) {
    if (vocabulary.questionWords.has(words[k]!.folded)) return true;
  }
  return false;
}

/**
 * "A levy that was scheduled to begin", "al que busca procesar": a pledge cue right after a
 * relative pronoun describes the noun before it. It commits when the pronoun is the subject and
 * stands for a party named right before it ("the Department of Justice, which committed to …"),
 * and after a speech verb the pronoun opens a clause ("dijo que busca …").
 */
export function isRelativeClause(
  text: string,
  cue: Span,
  subjects: readonly Span[],
  vocabulary: CommitmentVocabulary,
): boolean {
  const words = wordsOf(text);
  const at = wordIndexAt(words, cue.start);
  const pronoun = words[at - 1];
  if (!pronoun || !vocabulary.relativePronouns.has(pronoun.folded)) return false;
  const before = words[at - 2];
  if (before && vocabulary.relativeObjectMarkers.has(before.folded)) return true;
  if (before && vocabulary.speechVerbs.test(text, before.at, before.end)) return false;
  return !subjects.some((s) => s.end <= pronoun.at && ANTECEDENT_GAP.test(text.slice(s.end, pronoun.at)));
}

/** What may stand between a party and the relative pronoun that stands for it. */
const ANTECEDENT_GAP = /^[\s,\])]*$/u;

/** Where the act a refusal rules out begins: after the last "that"/"que" or speech verb before it, else at the sentence's start. */
export function refusedActStart(text: string, sentence: Span, cue: Span, vocabulary: CommitmentVocabulary): number {
  const words = wordsOf(text);
  for (let k = wordIndexAt(words, cue.start) - 1; k >= 0 && words[k]!.at >= sentence.start; k--) {
    if (vocabulary.complementizers.has(words[k]!.folded)) return words[k + 1]!.at;
  }
  const verb = vocabulary.speechVerbs.findAll(text, sentence.start, cue.start).at(-1);
  return verb ? (words[wordIndexAt(words, verb.end)]?.at ?? sentence.start) : sentence.start;
}

/** "No permitiremos …": a future verb's act begins with the negation right before it. */
export function negatedStart(text: string, sentence: Span, verb: Span, vocabulary: CommitmentVocabulary): number {
  const words = wordsOf(text);
  const before = words[wordIndexAt(words, verb.start) - 1];
  return before && before.at >= sentence.start && vocabulary.negations.has(before.folded) ? before.at : verb.start;
}

/** How many words before a cue an advice modal or a negation counts ("should also commit to", "does not provide for"). */
const MODIFIER_REACH = 3;

/**
 * "It should commit to …": a pledge verb after a modal of advice prescribes. "The agreement does not
 * provide for …": what an agreement leaves out is no act of it.
 */
export function isPrescribedOrDenied(
  text: string,
  sentence: Span,
  cue: Span,
  negatedCounts: boolean,
  vocabulary: CommitmentVocabulary,
): boolean {
  const words = wordsOf(text);
  const at = wordIndexAt(words, cue.start);
  const from = words[Math.max(0, at - MODIFIER_REACH)]!.at;
  const start = Math.max(sentence.start, from);
  if (vocabulary.adviceModals.test(text, start, cue.start)) return true;
  if (!negatedCounts) return false;
  for (let k = Math.max(0, at - MODIFIER_REACH); k < at; k++)
    if (words[k]!.at >= sentence.start && vocabulary.negations.has(words[k]!.folded)) return true;
  return false;
}
