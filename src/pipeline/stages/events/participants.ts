import type { Mention, Quote, Span } from '../../../core/index.js';
import type { EventVocabulary } from './vocabulary.js';

/** Kinds of mention that can act in an event; places are where events happen, not who acts. */
const ACTING = new Set(['person', 'organization', 'country']);

/** Who acts and who is acted upon, for a trigger inside a sentence. */
export interface Participants {
  readonly actors: readonly Span[];
  readonly recipients: readonly Span[];
}

/**
 * Mentions before the trigger act; mentions after it receive. Inside a direct quote, a first-person
 * pronoun just before the trigger stands for the quote's speaker ("we reject …").
 */
export function findParticipants(
  text: string,
  sentence: Span,
  trigger: Span,
  mentions: readonly Mention[],
  quotes: readonly Quote[],
  vocabulary: EventVocabulary,
): Participants {
  const inSentence = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end && ACTING.has(m.kind));
  const quote = quotes.find((q) => q.kind === 'direct' && q.start <= trigger.start && trigger.end <= q.end);
  if (quote) {
    const before = Math.max(quote.start, trigger.start - 40);
    const speaker = quote.speakerMention;
    if (speaker && vocabulary.firstPerson.test(text, before, trigger.start)) return { actors: [speaker], recipients: [] };
    return { actors: [], recipients: [] };
  }
  const outsideQuotes = inSentence.filter((m) => !quotes.some((q) => q.kind === 'direct' && q.start <= m.start && m.end <= q.end));
  return {
    actors: outsideQuotes.filter((m) => m.end <= trigger.start).map(spanOnly),
    recipients: outsideQuotes.filter((m) => m.start >= trigger.end).map(spanOnly),
  };
}

function spanOnly(span: Span): Span {
  return { start: span.start, end: span.end };
}
