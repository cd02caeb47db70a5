/**
 * Reported speech: a sentence without direct quotes where a speaker stands beside a speech verb
 * ("X said that …", "according to X, …", "…, officials said"). The span is the sentence, or each
 * clause of a sentence that coordinates two reports ("X says A, but she argues B").
 */
import type { Quote, Span } from '../../../core/index.js';
import { countWords } from '../../../text/normalize.js';
import { overlapsAny, type QuoteContext } from './context.js';
import {
  closingSpeaker,
  describedSpeaker,
  groupSubject,
  isCircumstanceOnly,
  sourceSpeaker,
  viewHolder,
} from './described-speakers.js';
import {
  elidedSubjectSpeaker,
  impliedSpeaker,
  speakerAfter,
  speakerBefore,
  type MentionIndex,
  type Speaker,
  type SpeakerFinder,
} from './speaker-phrases.js';
import { Cue, type SpeechTools } from './speech-tools.js';

/** Words before a direct quote in its sentence that may report on their own. */
const MIN_PREFIX_WORDS = 6;

/** Lemmas of speech verbs that tell of the act rather than report words: not indirect quotes by themselves. */
const NOT_INDIRECT = new Set(['continue', 'post', 'conclude']);

/**
 * The reported speech of every sentence that holds a speech cue, outside `quoted` (the marks of
 * direct quotes that make up their sentence) and the excluded title and headings.
 */
export function reportedQuotes(ctx: QuoteContext, quoted: readonly Span[]): Quote[] {
  const { text, tools, index, sentences, excluded } = ctx;
  const cues = ctx.cues.matches;
  const result: Quote[] = [];
  let c = 0;
  for (const sentence of sentences) {
    while (c < cues.length && cues[c]!.start < sentence.start) c++;
    // "Para X, …" and "Consultada sobre …, X …" carry no cue word of their own.
    const opener = text.slice(sentence.start, sentence.start + 24);
    if (
      (c === cues.length || cues[c]!.start >= sentence.end) &&
      !tools.viewpointAtStart.test(opener) &&
      !tools.askedOpener.test(opener)
    )
      continue;
    if (overlapsAny(sentence, excluded)) continue;
    // A sentence that holds a direct quote reports in the words before it, if anywhere: "X said that A, adding, “…”".
    const first = quoted.find((q) => q.start < sentence.end && sentence.start < q.end);
    const span = first ? { start: sentence.start, end: first.start } : sentence;
    if (
      first &&
      (first.start <= sentence.start ||
        countWords(text.slice(span.start, span.end), MIN_PREFIX_WORDS) < MIN_PREFIX_WORDS)
    )
      continue;
    let present = 0;
    for (let k = c; k < cues.length && cues[k]!.start < span.end; k++) present |= cues[k]!.kinds;
    result.push(...reportedSpeech(text, span, index, tools, present));
  }
  return result;
}

/** A speech act found in a sentence: who speaks, where, and the clause it heads when it opens one after a coordinator. */
interface Attribution {
  readonly at: number;
  readonly speaker: Speaker;
  /** Where a coordinator before the attribution begins and ends ("…, but she argues"); null when it heads the sentence. */
  readonly coordinator: Span | null;
  /** A report inside a relative clause ("…, a plan she said he had turned down"): its quote is what follows the verb. */
  readonly embedded?: boolean;
}

/**
 * "X said that …", "X reportedly outlined …", "according to X, …", "…, officials said." The span
 * is the sentence; a sentence that coordinates two reports ("X says A, but Y argues B"; "recordó que
 * A, y afirmó que B") gives one quote per report, each from its clause.
 */
function reportedSpeech(
  text: string,
  sentence: Span,
  index: MentionIndex,
  tools: SpeechTools,
  present: number,
): Quote[] {
  const slice = text.slice(sentence.start, sentence.end);
  // "X put it this way:" introduces the quote that follows and reports nothing itself; "X afirmó que A:" reports A.
  tools.complementizers.lastIndex = 0;
  const complement = tools.complementizers.test(slice);
  tools.complementizers.lastIndex = 0;
  if (/:\s*$/u.test(slice) && !complement) return [];
  const end = sentence.start + slice.replace(/[\s.!?…:,;]+$/u, '').length;
  const found: Attribution[] = [];
  const add = (at: number, speaker: Speaker | null, coordinator: Span | null = null, embedded = false) => {
    if (speaker && !found.some((a) => a.at === at)) found.push({ at, speaker, coordinator, embedded });
  };
  for (const match of present & Cue.source ? index.cues.within(Cue.source, sentence.start, end) : []) {
    if (tools.sourceBlockedBefore.test(text.slice(Math.max(sentence.start, match.start - 24), match.start))) continue;
    add(match.start, sourceSpeaker(text, match.end, end, index, tools));
  }
  // "A su juicio, …", "In her view, …": the view of the person the paragraph is about.
  const frame = present & Cue.opinion ? tools.opinionFrame.exec(slice) : null;
  if (frame) add(sentence.start + frame.index, impliedSpeaker(index, sentence.start + frame.index));
  // "Para la organización civil X, …" opens X's view; "Para 2026, …" names no one.
  const viewpoint = tools.viewpointAtStart.exec(slice);
  if (viewpoint) {
    const from = sentence.start + viewpoint[0].length;
    const comma = text.indexOf(',', from);
    if (comma > 0 && comma < end) add(sentence.start, viewHolder(text, from, comma, index, tools));
  }
  // "Asked whether …, Rubio said …", "Asked what she would watch, Ruiz named two things": the answer is reported.
  if (tools.askedOpener.test(slice)) {
    for (
      let comma = text.indexOf(',', sentence.start);
      comma > 0 && comma < end;
      comma = text.indexOf(',', comma + 1)
    ) {
      const speaker = speakerAfter(index, comma + 1, end, tools);
      if (speaker) {
        add(sentence.start, speaker);
        break;
      }
    }
  }
  verbAttributions(text, sentence, end, index, tools, found, add, present);
  found.sort((a, b) => a.at - b.at);
  const result: Quote[] = [];
  let from = sentence.start;
  let current: Attribution | null = null;
  for (const attribution of found) {
    if (current && attribution.coordinator && attribution.coordinator.start > current.at) {
      result.push(indirectQuote(text, from, attribution.coordinator.start, current.speaker));
      from = attribution.coordinator.end;
      current = attribution;
    } else if (!current) {
      current = attribution;
      // A sentence whose only report is inside a relative clause: the quote is what the report says.
      if (attribution.embedded) from = attribution.coordinator!.end;
    }
  }
  if (current) result.push(indirectQuote(text, from, end, current.speaker));
  return result.filter((q) => q.end > q.start);
}

function indirectQuote(text: string, from: number, to: number, speaker: Speaker): Quote {
  // A second report opens after its participle's space (", adding that …"): the span starts at its first word.
  while (from < to && /\s/u.test(text[from]!)) from++;
  const trimmed = text.slice(from, to).replace(/[\s,;]+$/u, '');
  return {
    start: from,
    end: from + trimmed.length,
    kind: 'indirect',
    speakerMention: speaker.span,
    speakerText: speaker.text,
  };
}

/** Attributions around speech verbs, document verbs ("figures show") and participles (", adding that"). */
function verbAttributions(
  text: string,
  sentence: Span,
  end: number,
  index: MentionIndex,
  tools: SpeechTools,
  found: Attribution[],
  add: (at: number, speaker: Speaker | null, coordinator?: Span | null, embedded?: boolean) => void,
  present: number,
): void {
  for (const match of index.cues.verbs(sentence.start, end)) {
    const verb = match.phrase;
    const verbStart = match.start;
    // A capital inside the sentence makes the word part of a name: "The United States pledged".
    if (/^\p{Lu}/u.test(text[match.verbStart]!) && /\p{L}/u.test(text.slice(sentence.start, verbStart))) continue;
    const verbEnd = match.end;
    const after = text.slice(verbEnd, end);
    const rest = countWords(after, 4);
    // "asked how many …" reports a question; "asked Mexico to act" a request. "informó que …" reports; "informó la detención" announces.
    if (
      tools.questionVerbs.has(verb)
        ? !tools.questionAtStart.test(after)
        : NOT_INDIRECT.has(tools.vocabulary.lemmaOf.get(verb) ?? verb)
    )
      continue;
    const closing = /,\s*$/u.test(text.slice(sentence.start, verbStart));
    if (tools.reportVerbs.has(verb) && !tools.complementAtStart.test(after) && rest > 0 && !closing) continue;
    const previous = found.filter((a) => a.at < verbStart).at(-1);
    if (rest >= 4 && tools.complementAtStart.test(after)) {
      const speaker = embeddedReporter(text, previous ? previous.at : sentence.start, verbStart, index, tools);
      if (speaker) {
        add(verbStart, speaker.speaker, { start: speaker.relative, end: verbEnd }, true);
        continue;
      }
    }
    const coordinator = coordinatorBefore(text, previous ? previous.at : sentence.start, verbStart, tools);
    const clauseStart = coordinator?.end ?? sentence.start;
    if (rest >= 4) {
      const speaker =
        speakerBefore(index, clauseStart, verbStart, tools) ??
        groupSubject(text, clauseStart, verbStart, index, tools, false);
      if (speaker) {
        add(verbStart, speaker, coordinator);
        continue;
      }
      if (tools.bareLead.test(text.slice(clauseStart, verbStart))) {
        // "…, and said that …" shares its subject with the clause before; "Dijo que …" leaves it to the paragraph.
        if (coordinator)
          add(
            verbStart,
            previous?.speaker ?? openingSpeaker(text, sentence.start, coordinator.start, index, tools),
            coordinator,
          );
        else if (tools.complementAtStart.test(after)) add(verbStart, elidedSubjectSpeaker(index, verbStart));
        continue;
      }
      // "A través de la CNBV, se informó que …", "un informe de la Auditoría en el que se señala que …":
      // impersonal, the channel or the document's author named before it speaks.
      const lead = text.slice(clauseStart, verbStart);
      if (
        (tools.impersonalThroughLead.test(lead) || tools.impersonalInDocument.test(lead)) &&
        tools.complementAtStart.test(after)
      ) {
        add(verbStart, elidedSubjectSpeaker(index, verbStart));
        continue;
      }
    }
    // "…, officials from both governments said.", "…, the minister said on Tuesday." — the attribution closes the sentence.
    const closes =
      rest === 0 ||
      tools.timeOnly.test(after) ||
      (isCircumstanceOnly(after, tools) && !tools.complementAtStart.test(after));
    if (closes && /,\s*[^,]*$/u.test(text.slice(sentence.start, verbStart))) {
      const clause = text.slice(sentence.start, verbStart);
      const from = sentence.start + clause.lastIndexOf(',') + 1;
      add(
        sentence.start,
        speakerAfter(index, from, verbStart, tools) ??
          describedSpeaker(text, from, verbStart, tools) ??
          groupSubject(text, from, verbStart, index, tools, false),
      );
      continue;
    }
    // "…, informó la Secretaría de la Defensa Nacional en un comunicado." — speaker after the verb, nothing reported after it.
    if (closing && !tools.complementAtStart.test(after)) {
      const speaker = speakerAfter(index, verbEnd, end, tools) ?? closingSpeaker(text, verbEnd, end, index, tools);
      if (speaker && isCircumstanceOnly(text.slice(speaker.span.end, end), tools)) add(sentence.start, speaker);
    }
  }
  // "Datos de la Agencia Portuaria muestran que …": a document's findings, reported.
  for (const match of present & Cue.document ? index.cues.within(Cue.document, sentence.start, end) : []) {
    const verbStart = match.start;
    if (!tools.complementAtStart.test(text.slice(match.end, end))) continue;
    const coordinator = coordinatorBefore(text, sentence.start, verbStart, tools);
    add(verbStart, groupSubject(text, coordinator?.end ?? sentence.start, verbStart, index, tools, true), coordinator);
  }
  // "She then went further, pledging that …": the sentence's subject speaks; after a report of its
  // own ("X said A, adding that B"), the participle opens a second report.
  for (const participle of present & Cue.participle
    ? index.cues.reportingParticiples(text, tools, sentence.start, end)
    : []) {
    const at = participle.start;
    if (countWords(text.slice(participle.end, end), 4) < 4) continue;
    add(
      at,
      found.filter((a) => a.at < at).at(-1)?.speaker ?? openingSpeaker(text, sentence.start, at, index, tools),
      participle,
    );
  }
}

/**
 * The speaker of a report inside a relative clause, and where the relative starts: "the firearms
 * that border agents say they seized", "…, a plan she said he had turned down". The relative must
 * follow words of the sentence's own (not "said that officials said", a report within a report),
 * and its speaker be a pronoun, a name or an unnamed group right before the verb.
 */
function embeddedReporter(
  text: string,
  from: number,
  verbStart: number,
  index: MentionIndex,
  tools: SpeechTools,
): { speaker: Speaker; relative: number } | null {
  const window = Math.max(from, verbStart - 80);
  const match = tools.embeddedReport.exec(text.slice(window, verbStart));
  if (!match) return null;
  const relative = window + match.index;
  const before = text.slice(from, relative);
  const lastWord = /([\p{L}]+)[^\p{L}]*$/u.exec(before)?.[1]?.toLowerCase();
  if (countWords(before, 3) < 3 || !lastWord || tools.vocabulary.lemmaOf.has(lastWord)) return null;
  const words = match.groups!.p ?? match.groups!.g!;
  const speakerStart = verbStart - (match[0].length - match[0].lastIndexOf(words));
  const speaker =
    speakerBefore(index, speakerStart, verbStart, tools) ??
    groupSubject(text, speakerStart, verbStart, index, tools, false);
  return speaker ? { speaker, relative } : null;
}

/** The last coordinator in `[from, to)` that opens the verb's clause: nothing but a speaker or nothing at all between it and the verb. */
function coordinatorBefore(text: string, from: number, to: number, tools: SpeechTools): Span | null {
  const slice = text.slice(from, to);
  tools.coordinators.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (const match of slice.matchAll(tools.coordinators)) last = match;
  if (!last) return null;
  const start = from + last.index;
  const subject = text.slice(start + last[0].length, to);
  // The clause is the coordinator's own only if what stands before the verb is short and holds no verb of its own clause.
  if (countWords(subject, 8) > 8 || /[,;:]/u.test(subject)) return null;
  return { start, end: start + last[0].length };
}

/** The person, unnamed speaker or pronoun that opens a sentence (after a short lead), before `to`. */
export const openingSpeaker: SpeakerFinder = (text, from, to, index, tools) => {
  const lead = /^[\s"“«—–-]*(?:[\p{L}\p{N}’']+(?:\s+[\p{L}\p{N}’']+){0,4},\s*)?/u.exec(text.slice(from, to))![0].length;
  return speakerAfter(index, from + lead, to, tools) ?? (lead > 0 ? speakerAfter(index, from, to, tools) : null);
};
