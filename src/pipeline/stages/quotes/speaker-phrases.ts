import type { Mention, Span } from '../../../core/index.js';
import { trailingLetters } from '../../../text/letters.js';
import { isSpaceCode } from '../../../text/spaces.js';
import { genderAgrees, genderOfWords, type Gender } from './gender.js';
import { MentionIndex } from './mention-index.js';
import { describedAtEnd, describedIn, type SpeechTools } from './speech-tools.js';

export { MentionIndex };

/** Who speaks, as the text names them: a mention, an unnamed description, or a pronoun resolved to a mention. */
export interface Speaker {
  /** The span that names the speaker (the mention's span for named speakers). */
  readonly span: Span;
  readonly text: string;
}

/** Finds the speaker that the stretch [from, to) of a document's text names, or null when it names none. */
export type SpeakerFinder = (
  text: string,
  from: number,
  to: number,
  index: MentionIndex,
  tools: SpeechTools,
) => Speaker | null;

/** The speaker `span` of `text` names, as a span of its own. */
export const asSpeaker = (text: string, span: Span): Speaker => ({
  span: { start: span.start, end: span.end },
  text: text.slice(span.start, span.end),
});

/** A mention as a speaker; a bare role ("la mandataria") speaks as the person it stands for. */
function mentionSpeaker(index: MentionIndex, mention: Mention): Speaker {
  const antecedent = mention.kind === 'person' && mention.anaphoric ? index.antecedentOf(mention) : undefined;
  return asSpeaker(index.text, antecedent ?? mention);
}

/** The speaker named right after a verb or source phrase: "said Christopher Wilson", "according to a senior official". */
export function speakerAfter(index: MentionIndex, at: number, limit: number, tools: SpeechTools): Speaker | null {
  const { text } = index;
  let offset = at;
  while (offset < limit && /[\s,]/u.test(text[offset]!)) offset++;
  // "dijo la presidenta Claudia Sheinbaum": the mention begins after the article.
  const article = /^(?:the|la|el|los|las|su|sus|his|her|its|their)\s+/iu.exec(text.slice(offset, limit));
  const mention = index.startingAt(offset) ?? (article ? index.startingAt(offset + article[0].length) : undefined);
  // "said FBI Director Kash Patel", "asked committee member Sen. Lindsey Graham": an office, or the
  // organisation it belongs to, stands between the verb and the person who speaks.
  if (!mention || mention.kind !== 'person') {
    const titled = index.personAfterTitles(offset, limit);
    if (titled) return mentionSpeaker(index, titled);
  }
  // "Mexico's security minister said": the office a country holds speaks, not the country.
  if (mention?.kind === 'country' && /^['’]s\s/u.test(text.slice(mention.end, mention.end + 3))) {
    const role = /^(?:[\p{L}-]+\s*){1,5}/u.exec(text.slice(mention.end + 3, limit))?.[0].trimEnd() ?? '';
    const holder = role ? index.holderOf(role) : undefined;
    return holder
      ? mentionSpeaker(index, holder)
      : asSpeaker(text, { start: mention.start, end: mention.end + 3 + role.length });
  }
  if (mention && mention.end <= limit) return mentionSpeaker(index, mention);
  const anonymous = tools.anonymousAtStart.exec(text.slice(offset, limit));
  if (anonymous?.groups?.d) {
    const start = offset + anonymous[0].indexOf(anonymous.groups.d);
    return describedOrReferred(index, { start, end: start + anonymous.groups.d.length }, tools);
  }
  const pronoun = /^(\p{L}+)/u.exec(text.slice(offset, limit))?.[1];
  if (pronoun && tools.pronouns.has(pronoun.toLowerCase())) return pronounAt(index, offset, pronoun, tools);
  return null;
}

/**
 * Further than this before its verb, text holds no part of the speaker's name or description, nor
 * of the clauses set between them; the patterns below are anchored at the verb and would be tried
 * at every offset of a long clause.
 */
const SPEAKER_REACH = 256;

/** Characters at the end of a subject within which the adverbs and times before its verb stand ("had previously on Tuesday"). */
const ADVERB_TAIL = 64;

/** `value` without the adverbs, times, spaces and commas that end it ("Sheinbaum last February "). */
export function withoutTrailingAdverbs(value: string, tools: SpeechTools): string {
  // Most subjects end with no adverb: only a last word that can end one is worth the pattern.
  const end = separatorsStart(value, value.length);
  let start = end;
  while (start > 0 && isWordChar(value[start - 1]!)) start--;
  const last = value.slice(start, end).toLowerCase();
  if (!tools.adverbEndings.has(last) && !/^\d+$/u.test(last)) return value.slice(0, end);
  // The end-anchored pattern is tried on the tail only, not from every offset of a long clause.
  const cut = Math.max(0, value.length - ADVERB_TAIL);
  const stripped = value.slice(0, cut) + value.slice(cut).replace(tools.adverbsAtEnd, '');
  return stripped.slice(0, separatorsStart(stripped, stripped.length));
}

/** Where the spaces and commas that end `value` before `end` begin. */
function separatorsStart(value: string, end: number): number {
  let k = end;
  while (k > 0 && (value[k - 1] === ',' || isSpaceCode(value.charCodeAt(k - 1)))) k--;
  return k;
}

/** A letter or a digit: a character with case, or 0–9 (the words of adverbs and times need no more). */
const isWordChar = (c: string) => (c >= '0' && c <= '9') || c.toLowerCase() !== c.toUpperCase();

/** Where a speaker before `at` may begin: `from`, or the first word start within reach of `at`. */
function withinReach(text: string, from: number, at: number): number {
  if (at - from <= SPEAKER_REACH) return from;
  const space = text.indexOf(' ', at - SPEAKER_REACH);
  return space >= 0 && space < at ? space + 1 : from;
}

/** The speaker named right before a verb: "Secretary Rubio told", "X, who …, later told", "she said". */
export function speakerBefore(
  index: MentionIndex,
  clauseStart: number,
  at: number,
  tools: SpeechTools,
): Speaker | null {
  const from = withinReach(index.text, clauseStart, at);
  const raw = index.text.slice(from, at);
  // Try the text as it stands, then without a relative clause, then without an apposition in lower
  // case: "Juan Ramón de la Fuente, who participated, later told"; "X, then foreign minister, said".
  const trimmed = (value: string) => withoutTrailingAdverbs(value, tools);
  // The text as it stands, trimmed, is asked of three times below: trimmed once.
  const whole = trimmed(raw);
  const variants = [
    // "who said" reports its antecedent's words; "which claimed …" is a thing's clause, unless closed ("the ministry, which …, said").
    trimmed(raw.replace(/,\s*(?:(?:who|quien|quienes)\s[^,]{0,120},?|(?:which|que)\s[^,]{1,120},)\s*$/iu, '')),
    trimmed(raw.replace(/,\s*(?:then\s+|now\s+|the\s+|a\s+|an\s+|el\s+|la\s+|entonces\s+)?\p{Ll}[^,]{0,80},\s*$/u, '')),
    whole,
    // "la Secretaría de Economía (SE) explicó": the name before its acronym.
    whole.replace(/\s*\([^()]{1,40}\)$/u, ''),
  ];
  // "Ernesto Cárdenas, investigador de El Colegio de México, dijo": a person before the apposition
  // is the speaker, rather than the organisation that ends it.
  const found = [...new Set(variants)]
    .map((before) => speakerEndingAt(index, from, before, tools))
    .filter((s): s is Speaker => s !== null);
  // "Laura Mendelsohn of the DEA's Phoenix Division said", "Rep. Luis Arredondo of Texas noted": a
  // person before a capitalised place or office they belong to.
  const belonging = whole.replace(/\s+(?:of|for|from|de|del|para)\s+(?:(?:the|la|el)\s+)?\p{Lu}[^,]{0,80}$/u, '');
  const belongs = belonging.length < whole.length ? speakerEndingAt(index, from, belonging, tools) : null;
  // "The chief prosecutor for the Southern District said": an office, named by its role and the body it serves, speaks;
  // its words are the whole phrase, its span the role's.
  const named = belongs ? index.endingAt(belongs.span.end)?.name : undefined;
  const role = belongs && !named ? { ...belongs, text: whole.slice(belongs.span.start - from) } : belongs;
  if (role && (index.isPerson(role.span) || (!named && !found.length))) found.push(role);
  return found.find((s) => index.isPerson(s.span)) ?? found[0] ?? null;
}

function speakerEndingAt(index: MentionIndex, from: number, before: string, tools: SpeechTools): Speaker | null {
  const { text } = index;
  const end = from + before.length;
  const ending = index.endingAt(end);
  const mention = ending && ending.start >= from ? ending : undefined;
  const anonymous = describedAtEnd(before, tools, index.cues.descriptionsFrom(text, from, end));
  const start = anonymous?.groups?.d ? end - anonymous.groups.d.length : end;
  // "un funcionario de la Cancillería dijo": the official speaks, not the organisation that ends the description.
  if (mention && (start >= mention.start || mention.kind === 'person')) return mentionSpeaker(index, mention);
  if (start < end) return describedOrReferred(index, { start, end }, tools);
  const last = trailingLetters(before);
  if (last && tools.pronouns.has(last.toLowerCase())) return pronounAt(index, end - last.length, last, tools);
  return null;
}

/**
 * An unnamed speaker. "a senior official" stays a description; "the official", "el funcionario"
 * refers back: to the same description met earlier ("a senior Justice Department official … The
 * official said"), else to the last person shown speaking ("García Harfuch said … según el funcionario").
 */
export function describedOrReferred(index: MentionIndex, span: Span, tools: SpeechTools): Speaker {
  const { text } = index;
  const written = text.slice(span.start, span.end);
  if (!tools.definiteAtStart.test(written)) return asSpeaker(text, span);
  const head = written.split(/\s+/).at(-1)!.toLowerCase();
  const earlierStart = Math.max(0, span.start - 3000);
  const earlier = text.slice(earlierStart, span.start);
  let described: RegExpExecArray | null = null;
  for (const match of describedIn(earlier, tools, index.cues.descriptionsFrom(text, earlierStart, span.start))) {
    const d = match.groups?.d ?? '';
    if (!tools.definiteAtStart.test(d) && d.toLowerCase().endsWith(head)) described = match;
  }
  if (described?.groups?.d) {
    const start = Math.max(0, span.start - 3000) + described.index! + described[0].indexOf(described.groups.d);
    return asSpeaker(text, { start, end: start + described.groups.d.length });
  }
  // "A su lado, el secretario …, Omar García Harfuch, presentó un balance. Según el funcionario, …":
  // the person this paragraph last put forward, as speaker or subject, else the last one shown
  // speaking; one the description's gender allows ("el diplomático" is no woman).
  const gender = genderOfWords(written);
  const fits = (m: Mention) => genderAgrees(gender, index.genderOf(m));
  // "la presidenta respondió": the last person named before who holds that office and agrees.
  const holder = index.holderOf(written, span.start, fits) ?? index.introducedAs(written, span.start, fits);
  if (holder) return mentionSpeaker(index, holder);
  const shown = index.lastInParagraphBefore('speakers', span.start, fits);
  const subject = index.lastInParagraphBefore('subjects', span.start, fits);
  const inParagraph = shown && subject ? (shown.start > subject.start ? shown : subject) : (shown ?? subject);
  // "…, la generala en retiro Ana Ruiz. …, la diplomática señaló": a gendered description also
  // takes up the person named just before it.
  const person =
    inParagraph ??
    index.lastSpeakerBefore(span.start, fits) ??
    (gender ? index.lastPersonBefore(span.start, fits, NAMED_JUST_BEFORE) : undefined);
  return person ? mentionSpeaker(index, person) : asSpeaker(text, span);
}

/** Characters before a gendered description within which the person it takes up was named. */
const NAMED_JUST_BEFORE = 300;

/**
 * The implied subject of a verb with none ("”, afirmó.", "Comentó que …"): as for a pronoun, of
 * either gender, but the subject of the paragraph's sentences before anyone shown speaking inside
 * a clause of theirs ("…, luego de que Trump reconoció que …").
 */
export function impliedSpeaker(index: MentionIndex, at: number): Speaker | null {
  return pronounSpeaker(index, at, null);
}

/**
 * The subject a verb leaves unsaid ("Además, subrayó que …"): the later of the person the paragraph
 * shows speaking and the organisation last shown speaking or opening a sentence ("…, puntualizó el
 * Departamento del Tesoro. Además, subrayó que …" is the department's).
 */
export function elidedSubjectSpeaker(index: MentionIndex, at: number): Speaker | null {
  const person = impliedSpeaker(index, at);
  const organisation = index.lastOrganisationBefore(at);
  if (organisation && (!person || organisation.start > person.span.start)) return mentionSpeaker(index, organisation);
  return person;
}

/** A pronoun as speaker: "they" stays an unnamed group; "he" and "she" go to a person of their gender. */
function pronounAt(index: MentionIndex, at: number, pronoun: string, tools: SpeechTools): Speaker | null {
  if (tools.pluralPronouns.has(pronoun.toLowerCase()))
    return asSpeaker(index.text, { start: at, end: at + pronoun.length });
  return pronounSpeaker(index, at, genderOfWords(pronoun));
}

/**
 * "he said": in the pronoun's paragraph, the last person shown speaking, else the last person who
 * opens a sentence, else the first person named; outside it, the later of the last person shown
 * speaking and the last who opened a sentence, else the last person named. Each of them of the
 * pronoun's gender, where the text marks one.
 */
function pronounSpeaker(index: MentionIndex, at: number, gender: Gender): Speaker | null {
  // Someone the text marks with the pronoun's gender first; someone it leaves unmarked only then.
  if (gender) {
    const marked = personForPronoun(index, at, (m) => index.genderOf(m) === gender, false);
    if (marked) return marked;
  }
  return personForPronoun(index, at, (m) => genderAgrees(gender, index.genderOf(m)), gender === null);
}

function personForPronoun(
  index: MentionIndex,
  at: number,
  fits: (m: Mention) => boolean,
  subjectFirst: boolean,
): Speaker | null {
  // "A senior official, who asked not to be named, said … “…”, he added.": an unnamed subject later
  // in the paragraph than any person shown speaking is the one who goes on speaking.
  const described = index.lastDescribedInParagraphBefore(at);
  const lists = subjectFirst ? (['subjects', 'speakers'] as const) : (['speakers', 'subjects'] as const);
  const shown = index.lastInParagraphBefore(lists[0], at, fits) ?? index.lastInParagraphBefore(lists[1], at, fits);
  if (described && (!shown || shown.end <= described.start)) return describedOrReferred(index, described, index.tools);
  const speaker = index.lastSpeakerBefore(at, fits);
  const subject = index.lastSubjectBefore(at, fits);
  const earlier = subjectFirst
    ? (subject ?? speaker)
    : speaker && subject
      ? subject.start > speaker.start
        ? subject
        : speaker
      : (speaker ?? subject);
  const person = shown ?? index.paragraphSubjectBefore(at, fits) ?? earlier ?? index.lastPersonBefore(at, fits);
  return person ? mentionSpeaker(index, person) : null;
}
