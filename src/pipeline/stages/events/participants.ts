import type { Mention, Quote, Span } from '../../../core/index.js';
import type { EventVocabulary } from './vocabulary.js';

/** Kinds of mention that can act in an event; places are where events happen, not who acts. */
export const ACTING = new Set(['person', 'organization', 'country']);

/** Who acts and who is acted upon, for a trigger inside a sentence. */
export interface Participants {
  readonly actors: readonly Span[];
  readonly recipients: readonly Span[];
}

/** What a sentence's neighbourhood says about who could act in it. */
export interface ParticipantContext {
  /** The acting mentions of the sentence, in text order. */
  readonly mentions: readonly Mention[];
  /** Where a "<demonym> <agent noun>" phrase stands ("Mexican marines"), with a mention of that country. */
  readonly agents: readonly { readonly at: number; readonly span: Span }[];
  /** Participants of the latest meeting or agreement told before: who "both governments" are. */
  readonly inView: readonly Span[];
  /** The person the sentence before (same paragraph) names first, for a sentence opening with "she". */
  readonly previousSubject: () => Span | null;
}

/** How far before a trigger a group subject ("the two men") may stand. */
const GROUP_WINDOW = 40;

/**
 * Mentions before the trigger act; mentions after it receive, except the agent of a passive ("approved
 * by a Mexican federal court"). Inside a direct quote, a first-person pronoun just before the trigger
 * stands for the quote's speaker ("we reject …"). With nobody named before the trigger, a group subject
 * or an agentless passive agreement stands for the parties in view, and an opening "she" for the person
 * the sentence before named first.
 */
export function findParticipants(
  text: string,
  sentence: Span,
  trigger: Span,
  quotes: readonly Quote[],
  vocabulary: EventVocabulary,
  context: ParticipantContext,
  gathering: boolean,
): Participants {
  const quote = quotes.find((q) => q.kind === 'direct' && q.start <= trigger.start && trigger.end <= q.end);
  if (quote) {
    const before = Math.max(quote.start, trigger.start - 40);
    const speaker = quote.speakerMention;
    if (speaker && vocabulary.firstPerson.test(text, before, trigger.start)) return { actors: [speaker], recipients: [] };
    return { actors: [], recipients: [] };
  }
  const outside = (at: number) => !quotes.some((q) => q.kind === 'direct' && q.start <= at && at < q.end);
  const placed = [
    ...context.mentions.filter((m) => outside(m.start)).map((m) => ({ at: m.start, span: spanOnly(m) })),
    ...context.agents.filter((a) => outside(a.at)),
  ];
  let actors = placed.filter((p) => p.at < trigger.start).map((p) => p.span);
  let recipients = placed.filter((p) => p.at >= trigger.end).map((p) => p.span);
  const passive = vocabulary.passiveBefore.test(text.slice(Math.max(sentence.start, trigger.start - 16), trigger.start));
  if (passive && recipients.length) {
    const by = vocabulary.agentMarkers.findAll(text, trigger.end, sentence.end)[0];
    if (by) {
      const agents = placed.filter((p) => p.at >= by.end).map((p) => p.span);
      actors = [...actors, ...agents];
      recipients = recipients.filter((r) => !agents.includes(r));
    }
  }
  if (!actors.length) {
    const group = vocabulary.groupSubjects.test(text, Math.max(sentence.start, trigger.start - GROUP_WINDOW), trigger.start);
    if ((group || (passive && gathering)) && context.inView.length) actors = [...context.inView];
    else if (vocabulary.pronounOpening.test(text.slice(sentence.start, trigger.start))) {
      const subject = context.previousSubject();
      if (subject) actors = [subject];
    }
  }
  return { actors: unique(actors), recipients: unique(recipients).filter((r) => !actors.some((a) => same(a, r))) };
}

function same(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

function unique(spans: readonly Span[]): Span[] {
  return spans.filter((s, k) => spans.findIndex((t) => same(s, t)) === k);
}

function spanOnly(span: Span): Span {
  return { start: span.start, end: span.end };
}
