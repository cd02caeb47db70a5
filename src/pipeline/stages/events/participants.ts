import type { Mention, Quote, Span } from '../../../core/index.js';
import type { EventVocabulary } from './vocabulary.js';

/** Kinds of mention that can act in an event; places are where events happen, not who acts. */
export const ACTING = new Set(['person', 'organization', 'country']);

/** Who acts and who is acted upon, for a trigger inside a sentence. */
export interface Participants {
  readonly actors: readonly Span[];
  readonly recipients: readonly Span[];
}

/** Someone who could take part in an event: where the text names them, and the span the event takes. */
export interface Placed {
  readonly at: number;
  readonly span: Span;
}

/** What a sentence and its neighbourhood say about who could act in it, gathered once for all its triggers. */
export interface ParticipantContext {
  /** The direct quotes that overlap the sentence, in document order. */
  readonly quotes: readonly Quote[];
  /** The sentence's acting mentions, then its "<demonym> <agent noun>" phrases ("Mexican marines"), outside direct quotes. */
  readonly placed: readonly Placed[];
  /** The same inside direct quotes: a quote is a clause of its own ("Last year, border agents seized …"). */
  readonly quoted: readonly Placed[];
  /** The person the sentence before (same paragraph) names first, for a sentence opening with "she". */
  readonly previousSubject: () => Span | null;
}

/** How far before a trigger a group subject ("the two men") may stand. */
const GROUP_WINDOW = 40;

/**
 * The participant context of a sentence from its acting mentions (in text order) and agent phrases;
 * `quotes` are the direct quotes that overlap it.
 */
export function participantContext(
  mentions: readonly Mention[],
  agents: readonly Placed[],
  quotes: readonly Quote[],
  previousSubject: () => Span | null,
): ParticipantContext {
  const placed: Placed[] = [];
  const quoted: Placed[] = [];
  for (const m of mentions)
    (isQuoted(m.start, quotes) ? quoted : placed).push({ at: m.start, span: { start: m.start, end: m.end } });
  for (const agent of agents) (isQuoted(agent.at, quotes) ? quoted : placed).push(agent);
  return { quotes, placed, quoted, previousSubject };
}

/**
 * Mentions before the trigger act; mentions after it receive, except the agent of a passive ("approved
 * by a Mexican federal court"). Only mentions of the trigger's own clause act: in a reported clause
 * ("X said that …", opening at `opening`), the teller named before it does not. Inside a direct quote,
 * a first-person pronoun just before the trigger or a first-person form ("acordamos") stands for the
 * quote's speaker ("we reject …"), and
 * otherwise the quote's own mentions act and receive. With nobody named before the trigger, a group
 * subject (or one just after a noun trigger) or an agentless passive agreement stands for the parties in view (those of the latest meeting
 * or agreement told before), and an opening "she" for the person the sentence before named first.
 */
export function findParticipants(
  text: string,
  sentence: Span,
  trigger: Span,
  vocabulary: EventVocabulary,
  context: ParticipantContext,
  inView: readonly Span[],
  gathering: boolean,
  opening: number,
  firstPerson = false,
  noun = false,
): Participants {
  const quote = context.quotes.find((q) => q.start <= trigger.start && trigger.end <= q.end);
  if (quote) {
    const before = Math.max(quote.start, trigger.start - 40);
    const speaker = quote.speakerMention;
    if (speaker && (firstPerson || vocabulary.firstPerson.test(text, before, trigger.start)))
      return { actors: [speaker], recipients: [] };
    const actors: Span[] = [];
    const recipients: Span[] = [];
    for (const p of context.quoted) {
      if (p.at < quote.start || p.at >= quote.end) continue;
      if (p.at < trigger.start && p.at >= opening) actors.push(p.span);
      else if (p.at >= trigger.end) recipients.push(p.span);
    }
    return { actors: unique(actors), recipients: unique(recipients).filter((r) => !actors.some((a) => same(a, r))) };
  }
  let actors: Span[] = [];
  let recipients: Span[] = [];
  for (const p of context.placed) {
    if (p.at < trigger.start) {
      if (p.at >= opening) actors.push(p.span);
    } else if (p.at >= trigger.end) recipients.push(p.span);
  }
  // Only an agent after the trigger or an agentless agreement needs to know whether it is passive.
  const mayNeedPassive = recipients.length > 0 || (gathering && !actors.length && inView.length > 0);
  const passive =
    mayNeedPassive &&
    vocabulary.passiveBefore.test(text.slice(Math.max(sentence.start, trigger.start - 16), trigger.start));
  if (passive && recipients.length) {
    const by = vocabulary.agentMarkers.findAll(text, trigger.end, sentence.end)[0];
    if (by) {
      const agents: Span[] = [];
      for (const p of context.placed) if (p.at >= by.end) agents.push(p.span);
      actors = [...actors, ...agents];
      recipients = recipients.filter((r) => !agents.includes(r));
    }
  }
  if (!actors.length) {
    // "Además, priorizaron …": a plural verb with its subject left out stands for the parties in view.
    const elided = vocabulary.elidedSubject?.test(text.slice(trigger.start, trigger.end)) ?? false;
    if (
      inView.length &&
      (elided ||
        (passive && gathering) ||
        vocabulary.groupSubjects.test(text, Math.max(sentence.start, trigger.start - GROUP_WINDOW), trigger.start) ||
        // "the call the two leaders held", "la reunión que celebraron ambos gobiernos": a noun's doers may follow it.
        (noun && vocabulary.groupSubjects.test(text, trigger.end, Math.min(sentence.end, trigger.end + GROUP_WINDOW))))
    )
      actors = [...inView];
    else if (vocabulary.pronounOpening.test(text.slice(opening, trigger.start))) {
      // "X said that she …": the pronoun of a reported clause is its teller; opening the sentence, the person named before.
      const teller = opening > sentence.start ? context.placed.filter((p) => p.at < opening).at(-1)?.span : null;
      const subject = teller ?? context.previousSubject();
      if (subject) actors = [subject];
    }
  }
  return { actors: unique(actors), recipients: unique(recipients).filter((r) => !actors.some((a) => same(a, r))) };
}

/**
 * "El gobernador dijo que enviaría tropas", "warned that raids were coming": with nobody named in a
 * reported clause (opening at `opening`) before its trigger, what the clause tells is the teller's own doing.
 * The teller is the last acting mention before the clause opens; null outside a reported clause or when the clause
 * names its doers by an agent noun.
 */
export function tellerOf(
  text: string,
  trigger: Span,
  vocabulary: EventVocabulary,
  context: ParticipantContext,
  sentence: Span,
  opening: number,
): Span | null {
  // "… said that Mexican police arrested": doers named by their office are the clause's own.
  if (opening <= sentence.start || vocabulary.agentNoun.test(text.slice(opening, trigger.start))) return null;
  // "… said that the storm killed", "said fentanyl killed": the clause's own subject, a thing, is what acts;
  // but in a passive clause ("said that the cargo was seized", "que las armas se aseguran") it is what was
  // acted upon, and the doer is still the teller's to name.
  const clause = text.slice(opening, trigger.start);
  if (vocabulary.ownSubject.test(clause) && !vocabulary.passiveEnd.test(clause)) return null;
  let teller: Span | null = null;
  for (const p of context.placed) if (p.at < opening && p.at >= sentence.start) teller = p.span;
  return teller;
}

function isQuoted(at: number, quotes: readonly Quote[]): boolean {
  for (const q of quotes) if (q.start <= at && at < q.end) return true;
  return false;
}

function same(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

/** The spans without repeats, each at its first place. */
function unique(spans: readonly Span[]): Span[] {
  const kept: Span[] = [];
  for (const s of spans) if (!kept.some((t) => same(s, t))) kept.push(s);
  return kept;
}
