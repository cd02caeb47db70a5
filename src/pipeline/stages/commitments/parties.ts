import type { Event, Mention, Quote, Span } from '../../../core/index.js';
import { wordsOf, type PhraseMatch } from '../../common/phrase-matcher.js';
import type { CommitmentVocabulary, CueKind } from './vocabulary.js';
import { wordIndexAt } from './words.js';

/** What a cue's parties are looked for in: its sentence, its quote, the mentions before it and the meeting in view. */
export interface PartyContext {
  readonly text: string;
  readonly sentence: Span;
  readonly cue: PhraseMatch<CueKind | null>;
  readonly quote: Quote | undefined;
  /** Acting mentions before the cue in its sentence (inside its quote, if any), in text order. */
  readonly subjects: readonly Mention[];
  readonly latest: Event | null;
  readonly quotes: readonly Quote[];
  readonly vocabulary: CommitmentVocabulary;
  /** Whether the act is passive ("will be paused"): announced measures promise without a named subject. */
  readonly passive: boolean;
}

/**
 * The parties of a cue that needs its subject (a modal, a future verb, a reported cue): "we"/"vamos"
 * inside a quote is the speaker; a party or group named right before the cue; a plan as subject in
 * its owner's words ("the government says its deployment will …") or an impersonal future of a planned act ("se
 * llevarán a cabo") takes whoever the sentence, the speaker or the meeting in view names; in reported speech, else, the speaker. A reported cue
 * ("would") promises only in reported speech. Null: no commitment here.
 */
export function modalParties(context: PartyContext): Span[] | null {
  const { text, sentence, cue, quote, subjects, latest, vocabulary } = context;
  const subject = subjects.at(-1);
  const gapBefore = (from: number) => vocabulary.modalGap.test(text.slice(from, cue.start));
  const reported = () => ((cue.value !== 'modal' || context.passive) && !quote ? speakerOf(context) : null);
  if (
    quote &&
    quote.speakerMention &&
    (vocabulary.firstPerson.test(text, Math.max(quote.start, cue.start - 24), cue.end) ||
      isFirstPersonFuture(cue, vocabulary))
  )
    return [quote.speakerMention];
  if (subject && gapBefore(subject.end)) return cue.value === 'reported' && !reported() ? null : coordinated(context);
  const group = vocabulary.groupSubjects.findAll(text, Math.max(sentence.start, cue.start - 40), cue.start).at(-1);
  if (group && gapBefore(group.end) && latest)
    return cue.value === 'reported' && !reported() ? null : participants(latest);
  const before = wordBefore(text, sentence, cue.start, vocabulary);
  // A plan promises in its owner's words ("the government says its deployment will …"); told by the reporter it is a forecast.
  const owner =
    before !== null && vocabulary.planSubjects.has(before)
      ? quote
        ? [quote.speakerMention ?? null]
        : speakerOf(context)
      : null;
  const impersonal =
    before !== null &&
    cue.value === 'future' &&
    vocabulary.impersonalPronouns.has(before) &&
    vocabulary.plannedActs.has(cue.phrase);
  if (cue.value !== 'reported' && (owner || impersonal)) {
    const speaker = owner?.filter((s): s is Span => s !== null) ?? [];
    return subject ? [span(subject)] : speaker.length ? speaker : latest ? participants(latest) : [];
  }
  const speaker = reported();
  return speaker ? speaker.filter((s): s is Span => s !== null) : null;
}

/** "Permitiremos": a future verb whose ending is the first person. */
function isFirstPersonFuture(cue: PhraseMatch<CueKind | null>, vocabulary: CommitmentVocabulary): boolean {
  return cue.value === 'future' && vocabulary.firstPersonFutureEndings.some((ending) => cue.phrase.endsWith(ending));
}

/** The last subject with the parties coordinated before it: "Mexico and the United States agreed" → both. */
function coordinated({ text, subjects, vocabulary }: PartyContext): Span[] {
  let first = subjects.length - 1;
  while (first > 0 && vocabulary.coordination.test(text.slice(subjects[first - 1]!.end, subjects[first]!.start)))
    first--;
  return subjects.slice(first).map(span);
}

/** The word right before a cue, past the words a modal allows between ("also", "ya"), lower-cased; null at the sentence's start. */
function wordBefore(text: string, sentence: Span, at: number, vocabulary: CommitmentVocabulary): string | null {
  const words = wordsOf(text);
  for (let k = wordIndexAt(words, at) - 1; k >= 0 && words[k]!.at >= sentence.start; k--) {
    const word = words[k]!.folded;
    if (vocabulary.impersonalPronouns.has(word) || !vocabulary.modalGap.test(`${word} `)) return word;
  }
  return null;
}

/**
 * Who reports the cue: a speech verb must stand before it in the sentence; the speaker is the indirect
 * quote's, else the first party named before the verb. `[null]` when the speech has no named speaker.
 */
export function speakerOf({ text, sentence, cue, subjects, quotes, vocabulary }: PartyContext): (Span | null)[] | null {
  const verb = vocabulary.speechVerbs.findAll(text, sentence.start, cue.start)[0];
  if (!verb) return null;
  const indirect = quotes.find(
    (q) => q.kind === 'indirect' && q.start <= cue.start && cue.end <= q.end && q.speakerMention,
  );
  if (indirect?.speakerMention) return [indirect.speakerMention];
  const named = subjects.find((m) => m.end <= verb.start);
  return [named ? span(named) : null];
}

/** The parties of a cue that commits its subject ("agreed to", "directs", "the goal … is to"): the subject, the speaker, or the meeting in view. */
export function subjectParties(context: PartyContext): Span[] {
  const { subjects, quote, quotes, cue, latest } = context;
  if (subjects.length) return coordinated(context);
  if (quote?.speakerMention) return [quote.speakerMention];
  const indirect = quotes.find(
    (q) => q.kind === 'indirect' && q.start <= cue.start && cue.end <= q.end && q.speakerMention,
  );
  if (indirect?.speakerMention) return [indirect.speakerMention];
  return latest ? participants(latest) : [];
}

export function span(value: Span): Span {
  return { start: value.start, end: value.end };
}

/** The latest meeting or agreement (with participants) before a point: its participants are who "both governments" are. */
export function latestGathering(gatherings: readonly Event[], before: number): Event | null {
  for (let k = gatherings.length - 1; k >= 0; k--) if (gatherings[k]!.start <= before) return gatherings[k]!;
  return null;
}

export function participants(event: Event): Span[] {
  return [...event.actorSpans, ...event.recipientSpans];
}
