/**
 * Who said a direct quote: an ordered list of rules over one site, the first that names a speaker
 * wins; then, for quotes still without one, an ordered list of rules that inherit a speaker from the
 * quotes around them. A rule is added in one place, with the reason for its rank beside it.
 */
import type { Span } from '../../../core/index.js';
import { sentenceStartBefore, type QuoteContext } from './context.js';
import type { QuotedPiece } from './marks.js';
import { turnLabel } from './blocks.js';
import { openingSpeaker } from './reported.js';
import { sourceSpeaker } from './described-speakers.js';
import {
  asSpeaker,
  describedOrReferred,
  impliedSpeaker,
  speakerAfter,
  speakerBefore,
  type Speaker,
} from './speaker-phrases.js';
import { Cue, describedIn } from './speech-tools.js';

/** Where a direct quote stands: its sentence before the opening mark and after the closing one, and the sentence before it. */
export interface QuoteSite {
  readonly before: Span;
  readonly after: Span;
  /** The sentence before the quote's, when the quote opens its own sentence ("Heredia put it this way. “…”"); else null. */
  readonly previous: Span | null;
}

/** A direct quote: one or more quoted pieces (a quote may run on over paragraphs) and its speaker once found. */
export interface QuoteGroup {
  readonly pieces: QuotedPiece[];
  speaker: Speaker | null;
}

/** A rule that may name the speaker of the quote at a site. */
type SpeakerRule = (site: QuoteSite, ctx: QuoteContext) => Speaker | null;

/**
 * The attribution that follows a closing mark: "“…,” said X", "“…,” X told reporters", "“…,” she
 * said". The speaker must stand right after the mark or right after the verb; "“…” For her part, X
 * maintained …" is the start of another sentence, not an attribution.
 */
export function attributionAfter({ after }: QuoteSite, { text, index, tools }: QuoteContext): Speaker | null {
  const match = index.cues.verbs(after.start, after.end)[0];
  // A line break after the quote opens another paragraph's sentence, whatever the layout's paragraphs say.
  if (!match || match.start - after.start > 80 || text.slice(after.start, match.start).includes('\n')) return null;
  const lead = /^[\s,—–-]*/u.exec(text.slice(after.start, match.start))![0].length;
  const verbStart = match.start;
  const verbEnd = match.end;
  if (verbStart - after.start <= lead) {
    const named = speakerAfter(index, verbEnd, after.end, tools);
    if (named) return named;
    // "“…”, afirmó." / "—dijo." — Spanish leaves the subject out: the person the paragraph is about.
    const rest = text.slice(verbEnd, after.end);
    if (/^[\s.]*$/u.test(rest) || tools.circumstanceAtStart.test(rest) || tools.coordinatorAtStart.test(rest))
      return impliedSpeaker(index, after.start);
    return null;
  }
  const speaker = speakerBefore(index, after.start, verbStart, tools);
  return speaker && speaker.span.start <= after.start + lead + 4 ? speaker : null;
}

/** "MODERATOR: …", "PRESIDENTA DE MÉXICO, CLAUDIA SHEINBAUM PARDO: …": a transcript turn's label names its speaker. */
function turnSpeaker({ before }: QuoteSite, ctx: QuoteContext): Speaker | null {
  const label = turnLabel({ start: before.start, end: before.end + 1 }, ctx);
  if (!label || !/^:\s*$/u.test(ctx.text.slice(label.end, before.end))) return null;
  const person = ctx.index.firstSpeakerIn(label);
  const span = person ?? label;
  return { span: { start: span.start, end: span.end }, text: ctx.text.slice(span.start, span.end) };
}

/** "Trump repeatedly promised to conduct “…”", "X told reporters: “…”": speech and promise verbs before the quote, the nearest first. */
function verbBefore({ before }: QuoteSite, { index, tools }: QuoteContext): Speaker | null {
  for (const match of index.cues.within(Cue.verb | Cue.reported | Cue.fragment, before.start, before.end).reverse()) {
    const speaker =
      speakerBefore(index, before.start, match.start, tools) ?? speakerAfter(index, match.end, before.end, tools);
    if (speaker) return speaker;
  }
  return null;
}

/** "The nominee did not rule it out, stating “…”": a participle before the quote gives it to the sentence's subject. */
function participleBefore({ before }: QuoteSite, { text, index, tools }: QuoteContext): Speaker | null {
  const at = index.cues.participleAtEnd(text, Math.max(before.start, before.end - 40), before.end);
  return at >= 0 ? openingSpeaker(text, before.start, at, index, tools) : null;
}

/** "According to X, “…”", "Según X, «…»". */
function sourceBefore({ before }: QuoteSite, { text, index, tools }: QuoteContext): Speaker | null {
  const source = index.cues.within(Cue.source, before.start, before.end)[0];
  // "Según las declaraciones de Trump, “…”", "According to their statement, “…”": a document speaks for its author.
  return source ? sourceSpeaker(text, source.end, before.end, index, tools) : null;
}

/** "Sheinbaum was blunt: “…”": the subject of a sentence that ends in a colon. */
function colonSubject({ before }: QuoteSite, ctx: QuoteContext): Speaker | null {
  return /:\s*$/u.test(ctx.text.slice(before.start, before.end)) ? subjectIn(before, ctx) : null;
}

/** "Heredia put it this way. “…”": the sentence before a quote that opens its own announces who speaks. */
function announcedBefore({ previous }: QuoteSite, ctx: QuoteContext): Speaker | null {
  if (!previous) return null;
  const { text, index, tools } = ctx;
  const slice = text.slice(previous.start, previous.end);
  // A sentence that itself holds a quote speaks for that quote; leave the choice to inheritance.
  if (/[“”"«»]/u.test(slice)) return null;
  // The verb's own speaker first: "Asked about X's remarks, the president replied:" is the president's.
  for (const match of index.cues.verbs(previous.start, previous.end).reverse()) {
    const speaker =
      speakerBefore(index, previous.start, match.start, tools) ?? speakerAfter(index, match.end, previous.end, tools);
    if (speaker) return speaker;
  }
  return /:\s*$/u.test(slice) ? subjectIn(previous, ctx) : null;
}

/**
 * The speaker search, in order. A transcript turn's label is certain and comes first; the attribution after the quote comes next because news puts it
 * there most and it is the nearest; a participle right before the quote next, since the verb
 * before it belongs to another clause ("X did not rule it out, stating “…”"); then a verb before
 * the quote in its own sentence; the colon and
 * the sentence before only when the quote's own sentence names no one.
 */
export const speakerRules: readonly SpeakerRule[] = [
  turnSpeaker,
  attributionAfter,
  participleBefore,
  verbBefore,
  sourceBefore,
  colonSubject,
  announcedBefore,
];

/** The speaker of the quote at `site` by the first rule that finds one, and that rule. */
export function findSpeaker(site: QuoteSite, ctx: QuoteContext): { speaker: Speaker; rule: SpeakerRule } | null {
  for (const rule of speakerRules) {
    const speaker = rule(site, ctx);
    if (speaker) return { speaker, rule };
  }
  return null;
}

/** The first person, organisation or unnamed speaker ("one Mexican diplomatic source") named in `span`. */
export function subjectIn(span: Span, { text, index, tools }: QuoteContext): Speaker | null {
  const mention = index.firstSpeakerIn(span);
  const described = describedIn(
    text.slice(span.start, span.end),
    tools,
    index.cues.descriptionsFrom(text, span.start, span.end),
  )[0];
  const describedStart = described?.groups?.d
    ? span.start + described.index + described[0].indexOf(described.groups.d)
    : -1;
  if (described?.groups?.d && (!mention || describedStart < mention.start)) {
    return describedOrReferred(
      index,
      { start: describedStart, end: describedStart + described.groups.d.length },
      tools,
    );
  }
  return mention ? asSpeaker(text, mention) : null;
}

/** A rule that gives the `k`th quote, still without a speaker, the speaker of a quote around it. */
type InheritanceRule = (groups: readonly QuoteGroup[], k: number, ctx: QuoteContext) => Speaker | null;

const paragraphOf = (group: QuoteGroup, end: 'first' | 'last') =>
  (end === 'first' ? group.pieces[0]! : group.pieces.at(-1)!).paragraph;

/**
 * Inheritance, in order: a quote in the same paragraph speaks for its neighbours (the one before
 * first, since attribution usually comes with the first quote); then a paragraph that ends in a colon
 * announces the quotes below it; then a paragraph that opens with a quote continues the last
 * speaker of the paragraph before.
 */
export const inheritanceRules: readonly InheritanceRule[] = [
  (groups, k) => {
    const paragraph = paragraphOf(groups[k]!, 'first');
    return (
      groups
        .slice(0, k)
        .reverse()
        .find((g) => paragraphOf(g, 'last') === paragraph && g.speaker)?.speaker ?? null
    );
  },
  (groups, k) => {
    const paragraph = paragraphOf(groups[k]!, 'first');
    return groups.slice(k + 1).find((g) => paragraphOf(g, 'first') === paragraph && g.speaker)?.speaker ?? null;
  },
  (groups, k, ctx) => {
    const paragraph = paragraphOf(groups[k]!, 'first');
    const above = ctx.paragraphs[paragraph - 1];
    if (!above || !/:\s*$/u.test(ctx.text.slice(above.start, above.end))) return null;
    return subjectIn({ start: sentenceStartBefore(ctx.sentences, above.start, above.end - 1), end: above.end }, ctx);
  },
  (groups, k, ctx) => {
    const first = groups[k]!.pieces[0]!;
    if (first.paragraph === 0 || first.open !== ctx.paragraphs[first.paragraph]!.start) return null;
    return (
      groups
        .slice(0, k)
        .reverse()
        .find((g) => paragraphOf(g, 'last') === first.paragraph - 1)?.speaker ?? null
    );
  },
];

/** Gives each quote without a speaker one by the first inheritance rule that finds it, in document order. */
export function inheritSpeakers(groups: readonly QuoteGroup[], ctx: QuoteContext): void {
  groups.forEach((group, k) => {
    if (group.speaker) return;
    for (const rule of inheritanceRules) {
      group.speaker = rule(groups, k, ctx);
      if (group.speaker) return;
    }
  });
}
