/**
 * Speakers that no mention names, found by what a phrase is: a group ("Mexican authorities"), a
 * document and whoever speaks through it ("the indictments", "cifras de la Sedena"), an institution
 * described by its kind ("la organización civil X"), or a name the mentions missed.
 */
import type { Span } from '../../../core/index.js';
import {
  asSpeaker,
  speakerAfter,
  withoutTrailingAdverbs,
  type MentionIndex,
  type Speaker,
  type SpeakerFinder,
} from './speaker-phrases.js';
import type { SpeechTools } from './speech-tools.js';
import { groupSpeaker } from './parties.js';

/**
 * The subject of a verb that no mention names: a group ("Mexican authorities", "officials in Mexico
 * City", "Critics …, including X,"), a document ("the indictments", "cifras de la Sedena"), or a name
 * the mentions missed ("la exembajadora Inés Mercado Rivas"). It must open its clause, after a short lead.
 */
export function groupSubject(
  text: string,
  from: number,
  to: number,
  index: MentionIndex,
  tools: SpeechTools,
  documentsOnly: boolean,
): Speaker | null {
  const raw = withoutTrailingAdverbs(text.slice(from, to), tools);
  // "Critics of the approach, including the research group X, say": the group speaks through the one it names.
  const inclusion = tools.inclusionAtEnd.exec(raw);
  if (inclusion?.groups?.x) {
    const x = from + raw.indexOf(inclusion.groups.x, inclusion.index);
    const named = index.firstSpeakerIn({ start: x, end: x + inclusion.groups.x.length });
    if (named) return asSpeaker(text, named);
  }
  const subject = inclusion ? raw.slice(0, inclusion.index) : raw;
  // A short lead ("On Friday,", "But") may open the clause before its subject.
  const lead = tools.leadAtStart.exec(subject)![0].length;
  for (const skip of lead > 0 ? [lead, 0] : [0]) {
    const phrase = subject.slice(skip).trim();
    if (!phrase) continue;
    const start = from + subject.indexOf(phrase, skip);
    const speaker = describedSubject(text, { start, end: start + phrase.length }, index, tools, documentsOnly);
    if (speaker) return speaker;
  }
  return null;
}

/** A group, a document or a name the mentions missed, as the whole of `span`. */
function describedSubject(
  text: string,
  span: Span,
  index: MentionIndex,
  tools: SpeechTools,
  documentsOnly: boolean,
): Speaker | null {
  const phrase = text.slice(span.start, span.end);
  if (tools.documentPhrase.test(phrase)) return documentAuthor(text, span, index, tools);
  if (documentsOnly) return null;
  if (tools.groupPhrase.test(phrase)) return groupSpeaker(span, phrase);
  const named = tools.namedSubject.exec(phrase);
  if (named?.groups?.n) {
    const at = span.start + phrase.lastIndexOf(named.groups.n);
    return { span: { start: at, end: at + named.groups.n.length }, text: named.groups.n };
  }
  return null;
}

/** Who speaks through a document: the organisation or person it names ("figures the Navy has published"), else the document itself. */
function documentAuthor(text: string, span: Span, index: MentionIndex, tools: SpeechTools): Speaker {
  const slice = text.slice(span.start, span.end);
  // The document's own words are capitalised only at the sentence's start: look past its head.
  const head = tools.documentAtStart.exec(slice);
  const tail = head ? head[0].length : 0;
  // An author is introduced ("cifras de la Sedena", "figures the Navy has published"): a name right
  // after the head opens another phrase ("según las investigaciones Manuel R., …").
  const introduced = (at: number) =>
    !head || at < span.start + tail || /\p{L}/u.test(text.slice(span.start + tail, at));
  const named = index.firstSpeakerIn(span);
  if (named && introduced(named.start)) return asSpeaker(text, named);
  const name = tools.properName.exec(slice.slice(tail));
  if (
    name &&
    introduced(span.start + tail + name.index + (/^(?:the|la|el|los|las)\s+/iu.exec(name[0])?.[0].length ?? 0))
  ) {
    const at = span.start + tail + name.index;
    return { span: { start: at, end: at + name[0].length }, text: name[0] };
  }
  const description = head ? head[0] : slice;
  // "según el informe", "their statement": a publication met before, whose author is the organisation last put forward.
  if (tools.publishedAtStart.test(description)) {
    const author = index.lastOrganisationBefore(span.start);
    if (author) return asSpeaker(text, author);
  }
  return { span: { start: span.start, end: span.start + description.length }, text: description };
}

/** "la organización civil Observatorio Ciudadano del Pacífico": the institution the description names speaks. */
function institutionNamed(text: string, span: Span, index: MentionIndex, tools: SpeechTools): Speaker | null {
  const raw = text.slice(span.start, span.end);
  if (!tools.institutionAtStart.test(raw)) return null;
  const named = index.firstSpeakerIn(span);
  if (named) return asSpeaker(text, named);
  const proper = /\s(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:de|del|la|el|y|of|the|for|and)\s+)*\p{Lu}[\p{L}'’-]*)*)$/u.exec(raw);
  if (!proper?.[1]) return null;
  const at = span.start + raw.lastIndexOf(proper[1]);
  return { span: { start: at, end: at + proper[1].length }, text: proper[1] };
}

/** The speaker after "according to": a mention, an unnamed speaker, a group, a document or a name the mentions missed. */
export const sourceSpeaker: SpeakerFinder = (text, from, end, index, tools) => {
  const named = speakerAfter(index, from, end, tools);
  if (named) return named;
  const comma = text.slice(from, end).search(/[,;]/u);
  const speaker = wholePhraseSpeaker(text, from, comma >= 0 ? from + comma : end, index, tools);
  // "según datos del cónsul de Canadá, el general retirado Pablo Ortega.": the apposition names who it is.
  if (speaker && comma >= 0 && !index.isPerson(speaker.span)) {
    const person = index.personAfter(from + comma + 1, end);
    if (
      person &&
      /^\s*(?:[\p{Ll}.]+\s+){0,5}$/u.test(text.slice(from + comma + 1, person.start)) &&
      /^[\s.]*$/u.test(text.slice(person.end, end))
    ) {
      return asSpeaker(text, person);
    }
  }
  return speaker;
};

/**
 * The speaker a phrase names as a whole, up to `to`: a document ("the indictments", "figures the Navy
 * has published"), a group ("officials in Mexico City"), or a proper name ending the phrase.
 */
export const wholePhraseSpeaker: SpeakerFinder = (text, from, to, index, tools) => {
  const raw = text.slice(from, to).trim();
  if (!raw) return null;
  const start = text.indexOf(raw, from);
  const span = { start, end: start + raw.length };
  // A document opens the phrase and anything may follow it: "a fact sheet released by the State Department".
  if (tools.documentAtStart.test(raw)) return documentAuthor(text, span, index, tools);
  const institution = institutionNamed(text, span, index, tools);
  if (institution) return institution;
  if (tools.groupPhrase.test(raw)) return groupSpeaker(span, raw);
  // "the Centers for Disease Control and Prevention," — a name the mentions missed, the whole phrase.
  const name = tools.properName.exec(raw);
  if (name && name.index === 0 && name[0].length === raw.length) return { span, text: raw };
  const person = index.firstSpeakerIn(span);
  return person && person.start === start ? asSpeaker(text, person) : null;
};

/** Who holds the view "Para X," opens: a person, an organisation or a group; "Para México, …" sets a country's stakes, not its words. */
export const viewHolder: SpeakerFinder = (text, from, to, index, tools) => {
  const raw = text.slice(from, to).trim();
  const start = text.indexOf(raw, from);
  const institution = institutionNamed(text, { start, end: start + raw.length }, index, tools);
  if (institution) return institution;
  if (tools.groupPhrase.test(raw)) return groupSpeaker({ start, end: start + raw.length }, raw);
  const article = /^(?:el|la|los|las|the)\s+/iu.exec(raw)?.[0].length ?? 0;
  const mention = index.startingAt(start + article);
  return mention && mention.end === start + raw.length && mention.kind !== 'country' ? asSpeaker(text, mention) : null;
};

/** Whether what follows a closing speaker is nothing or one circumstance: "…, dijo la SRE en un comunicado." */
export function isCircumstanceOnly(rest: string, tools: SpeechTools): boolean {
  const trimmed = rest.replace(/^[\s,]*/u, ' ');
  return (
    trimmed.trim() === '' ||
    tools.timeOnly.test(trimmed) ||
    (tools.circumstanceAtStart.test(trimmed) && !trimmed.includes(','))
  );
}

/** A group or a name standing after a closing verb: "…, informó la Secretaría de la Defensa Nacional en un comunicado." */
export const closingSpeaker: SpeakerFinder = (text, from, end, index, tools) => {
  // The phrase runs to a comma, the end, or a circumstance ("en un comunicado").
  const slice = text.slice(from, end);
  const lead = /^[\s,]*/u.exec(slice)![0].length;
  let stop = slice.indexOf(',', lead);
  if (stop < 0) stop = slice.length;
  for (let k = slice.indexOf(' ', lead); k >= 0 && k < stop; k = slice.indexOf(' ', k + 1)) {
    if (tools.circumstanceAtStart.test(slice.slice(k, k + 16)) || tools.timeOnly.test(slice.slice(k, stop))) {
      stop = k;
      break;
    }
  }
  const phrase = slice.slice(lead, stop);
  if (!phrase) return null;
  return wholePhraseSpeaker(text, from + lead, from + lead + phrase.length, index, tools);
};

/** "officials from both governments" before a closing "said": a plural description of the speakers. */
export function describedSpeaker(text: string, from: number, to: number, tools: SpeechTools): Speaker | null {
  const phrase = text.slice(from, to).trim();
  if (!tools.speakerGroups.test(phrase)) return null;
  const start = text.indexOf(phrase, from);
  return groupSpeaker({ start, end: start + phrase.length }, phrase);
}
