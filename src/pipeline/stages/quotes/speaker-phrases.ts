import type { Mention, Span } from '../../../core/index.js';
import { stopwords } from '../../../lexicons/index.js';
import { roleEquivalents } from '../../../lexicons/role-equivalents.js';
import { trailingLetters } from '../../../text/letters.js';
import { genderAgrees, genderOfWords, personGenders, personKey, type Gender } from './gender.js';
import { describedAtEnd, describedIn, type CueIndex, type SpeechTools } from './speech-tools.js';

/** Who speaks, as the text names them: a mention, an unnamed description, or a pronoun resolved to a mention. */
export interface Speaker {
  /** The span that names the speaker (the mention's span for named speakers). */
  readonly span: Span;
  readonly text: string;
}

/** Mentions of a document indexed by where they start and end, for speaker lookups. */
export class MentionIndex {
  private readonly byStart = new Map<number, Mention>();
  private readonly byEnd = new Map<number, Mention>();
  private readonly people: Mention[];
  /** People the text shows speaking: right before or after a speech verb ("Ruiz said", "said Ruiz"). */
  private readonly speakers: Mention[];

  /** People who open their sentence, after at most a few words ("On Monday, Sheinbaum …"): its subject. */
  private readonly subjects: Mention[];

  /** Unnamed speakers who open their sentence ("A senior State Department official, who …, said"). */
  private readonly describedSubjects: Span[] = [];

  /** Each person's gender as the document marks it, by surname. */
  private readonly genders: Map<string, Gender>;

  constructor(
    readonly text: string,
    mentions: readonly Mention[],
    readonly tools: SpeechTools,
    private readonly paragraphs: readonly Span[],
    sentences: readonly Span[],
    /** Where the document's cue words and unnamed speakers' head nouns stand. */
    readonly cues: CueIndex,
  ) {
    const speakers = mentions.filter((m) => m.kind !== 'place');
    for (const m of speakers) {
      this.byStart.set(m.start, m);
      this.byEnd.set(m.end, m);
    }
    this.people = mentions.filter((m) => m.kind === 'person');
    this.genders = personGenders(text, mentions);
    // A verb within the first three characters: tried only there, not at every offset of the slice.
    const verbAt = (slice: string) => {
      for (let at = 0; at <= 2 && at < slice.length; at++) {
        tools.verbHere.lastIndex = at;
        if (tools.verbHere.test(slice)) return true;
      }
      return false;
    };
    this.speakers = this.people.filter((m) => verbAt(text.slice(m.end, m.end + 40).replace(/^[\s,]+/u, ' ')) || /(?:said|says|told|added|dijo|afirmó|señaló)\s*$/iu.test(text.slice(Math.max(0, m.start - 12), m.start)));
    // Both lists are sorted, so one walk pairs each person with the sentence that holds it.
    this.subjects = [];
    let k = 0;
    for (const m of this.people) {
      while (k < sentences.length && sentences[k]!.end <= m.start) k++;
      const sentence = sentences[k];
      if (sentence && sentence.start <= m.start && SUBJECT_LEAD.test(text.slice(sentence.start, m.start))) this.subjects.push(m);
    }
    // An unnamed subject opens its sentence: only the first words of each sentence are searched.
    for (const sentence of sentences) {
      const windowEnd = Math.min(sentence.end, sentence.start + SUBJECT_WINDOW);
      const from = cues.descriptionsFrom(text, sentence.start, windowEnd);
      if (from < 0) continue;
      const window = text.slice(sentence.start, windowEnd);
      tools.anonymousAll.lastIndex = from;
      const match = tools.anonymousAll.exec(window);
      const d = match?.groups?.d;
      if (!match || !d) continue;
      const offset = match.index + match[0].indexOf(d);
      if (SUBJECT_LEAD.test(window.slice(0, offset))) this.describedSubjects.push({ start: sentence.start + offset, end: sentence.start + offset + d.length });
    }
  }

  /** The last unnamed speaker opening a sentence in the paragraph of `offset`, before it. */
  lastDescribedInParagraphBefore(offset: number): Span | undefined {
    const paragraph = this.paragraphs.find((p) => p.start <= offset && offset <= p.end);
    if (!paragraph) return undefined;
    let found: Span | undefined;
    for (const d of this.describedSubjects) {
      if (d.end > offset) break;
      if (d.start >= paragraph.start) found = d;
    }
    return found;
  }

  /** The last of `list` inside the paragraph of `offset`, before it, that `fits`. */
  lastInParagraphBefore(list: 'speakers' | 'subjects', offset: number, fits: Fit = anyone): Mention | undefined {
    const paragraph = this.paragraphs.find((p) => p.start <= offset && offset <= p.end);
    if (!paragraph) return undefined;
    let found: Mention | undefined;
    for (const m of this[list]) {
      if (m.end > offset) break;
      if (m.start >= paragraph.start && fits(m)) found = m;
    }
    return found;
  }

  /**
   * The person named after at most a few title words from `offset` ("FBI Director Kash Patel",
   * "acting deputy attorney general Emil Bove"): words without a function word among them, which
   * would make them a clause of their own ("the plan was approved by …").
   */
  personAfterTitles(offset: number, limit: number): Mention | undefined {
    const person = this.people.find((m) => m.start >= offset);
    if (!person || person.end > limit || person.start - offset > TITLE_REACH) return undefined;
    const gap = this.text.slice(offset, person.start);
    const words = gap.match(/[\p{L}][\p{L}.'’-]*/gu) ?? [];
    if (!/^(?:[\p{L}][\p{L}.'’-]*\s+)*$/u.test(gap) || words.length > 6) return undefined;
    return words.every((w) => !stopwords.has(w.toLowerCase()) || TITLE_JOINERS.has(w.toLowerCase())) ? person : undefined;
  }

  /** The person the document names in the office `role` names ("security minister" → "Security Minister X"), when one does. */
  holderOf(role: string, before = Infinity, fits: Fit = anyone): Mention | undefined {
    const key = roleKey(role);
    if (!key) return undefined;
    let found: Mention | undefined;
    for (const m of this.people) {
      if (m.end > before) break;
      if (!m.anaphoric && m.role !== null && roleKey(m.role) === key && fits(m)) {
        found = m;
        if (before === Infinity) break;
      }
    }
    return found;
  }

  /**
   * The last person before `offset` whom the text introduced with the head noun of `description`
   * ("the nominee" → "its nominee for ambassador, Ronald Johnson"), that `fits`.
   */
  introducedAs(description: string, offset: number, fits: Fit = anyone): Mention | undefined {
    const head = (description.toLowerCase().match(/\p{L}+/gu) ?? []).at(-1);
    if (!head || head.length <= 3) return undefined;
    let introduced: Mention | undefined;
    for (const m of this.people) {
      if (m.end > offset) break;
      if (!m.anaphoric && fits(m) && this.text.slice(Math.max(0, m.start - INTRODUCTION_REACH), m.start).toLowerCase().includes(head)) introduced = m;
    }
    return introduced;
  }

  /** The gender of a person's mention: what the document marks for that person, or what a bare role's own words say ("la mandataria"). */
  genderOf(mention: Mention): Gender {
    return mention.anaphoric ? genderOfWords(this.text.slice(mention.start, mention.end)) : this.genders.get(personKey(mention)) ?? null;
  }

  /**
   * The person a bare role stands for ("la mandataria", "the secretary"): the last person named
   * before it who holds that role and agrees in gender, else the last who agrees in gender and is
   * shown speaking or opens a sentence; undefined when none does.
   */
  antecedentOf(mention: Mention): Mention | undefined {
    const gender = this.genderOf(mention);
    const role = roleKey(mention.role ?? this.text.slice(mention.start, mention.end));
    const agrees = (m: Mention) => !m.anaphoric && genderAgrees(gender, this.genderOf(m));
    let byRole: Mention | undefined;
    for (const m of this.people) {
      if (m.end > mention.start) break;
      if (agrees(m) && role && m.role && roleKey(m.role) === role) byRole = m;
    }
    if (byRole) return byRole;
    // "the nominee" takes up the person the text introduced as one: "its nominee for ambassador, Ronald Johnson".
    const introduced = this.introducedAs(this.text.slice(mention.start, mention.end), mention.start, agrees);
    if (introduced) return introduced;
    if (gender === null) return undefined;
    const speaker = this.lastSpeakerBefore(mention.start, agrees);
    const subject = this.lastSubjectBefore(mention.start, agrees);
    return speaker && subject ? (speaker.start > subject.start ? speaker : subject) : speaker ?? subject;
  }

  /** Whether a span is exactly a person's mention. */
  isPerson(span: Span): boolean {
    const mention = this.byStart.get(span.start);
    return mention !== undefined && mention.end === span.end && mention.kind === 'person';
  }

  /** The first person named in the paragraph of `offset`, before it, that `fits`: the paragraph's subject. */
  paragraphSubjectBefore(offset: number, fits: Fit = anyone): Mention | undefined {
    const paragraph = this.paragraphs.find((p) => p.start <= offset && offset <= p.end);
    if (!paragraph) return undefined;
    return this.people.find((m) => m.start >= paragraph.start && m.end <= offset && fits(m));
  }

  /** The last person shown speaking before `offset` that `fits`, within the two thousand characters before it. */
  lastSpeakerBefore(offset: number, fits: Fit = anyone): Mention | undefined {
    return lastWithin(this.speakers, offset, fits);
  }

  /** The last person opening a sentence before `offset` that `fits`, within the two thousand characters before it. */
  lastSubjectBefore(offset: number, fits: Fit = anyone): Mention | undefined {
    return lastWithin(this.subjects, offset, fits);
  }

  startingAt(offset: number): Mention | undefined {
    return this.byStart.get(offset);
  }

  endingAt(offset: number): Mention | undefined {
    return this.byEnd.get(offset);
  }

  /** The last person named before `offset` that `fits`, within `reach` characters. */
  lastPersonBefore(offset: number, fits: Fit = anyone, reach = Infinity): Mention | undefined {
    return lastWithin(this.people, offset, fits, reach);
  }

  /** The first person (or organisation) named inside `span`. */
  firstSpeakerIn(span: Span): Mention | undefined {
    for (const m of this.byStart.values()) if (m.start >= span.start && m.end <= span.end && m.kind !== 'country') return m;
    return undefined;
  }
}

/** Characters before a name within which the words that introduce the person stand ("its nominee for ambassador, X"). */
const INTRODUCTION_REACH = 80;

/** Characters of title words that may stand between a verb and the person after it. */
const TITLE_REACH = 60;
/** Function words that join the words of a title ("head of", "jefe de"). */
const TITLE_JOINERS = new Set(['of', 'de', 'del', 'for', 'to']);

/** A condition on a candidate speaker, such as agreeing in gender. */
type Fit = (mention: Mention) => boolean;
const anyone: Fit = () => true;

/** The last of sorted `list` ending before `offset` that fits, within `reach` characters. */
function lastWithin(list: readonly Mention[], offset: number, fits: Fit, reach = 2000): Mention | undefined {
  let found: Mention | undefined;
  for (const m of list) {
    if (m.end > offset) break;
    if (offset - m.end <= reach && fits(m)) found = m;
  }
  return found;
}

/** The office a role names, in English and without accents: "la mandataria" and "President" both give "president". */
function roleKey(role: string): string {
  const words = role.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').match(/\p{L}+/gu) ?? [];
  const head = words.find((w) => !/^(?:the|el|la|los|las|u|s|us|mexican|mexico|estadounidense)$/u.test(w)) ?? '';
  return (roleEquivalents[head] ?? head).split(' ')[0]!;
}

/** Characters from a sentence's start within which its subject description must fit. */
const SUBJECT_WINDOW = 240;

// Up to four short words before the name, "On Monday," "But", "La presidenta", or an opening phrase
// closed by a comma ("En su conferencia de este lunes,"): the name opens its clause.
const SUBJECT_LEAD = /^[\s"“«—–-]*(?:(?:[\p{L}\p{N}.’']+,?\s+){0,4}|[^,;:.“”"«»]{1,90},\s+(?:(?:el|la|the)\s+)?)$/u;

const asSpeaker = (text: string, span: Span): Speaker => ({ span: { start: span.start, end: span.end }, text: text.slice(span.start, span.end) });

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
    return holder ? mentionSpeaker(index, holder) : asSpeaker(text, { start: mention.start, end: mention.end + 3 + role.length });
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

/** Where a speaker before `at` may begin: `from`, or the first word start within reach of `at`. */
function withinReach(text: string, from: number, at: number): number {
  if (at - from <= SPEAKER_REACH) return from;
  const space = text.indexOf(' ', at - SPEAKER_REACH);
  return space >= 0 && space < at ? space + 1 : from;
}

/** The speaker named right before a verb: "Secretary Rubio told", "X, who …, later told", "she said". */
export function speakerBefore(index: MentionIndex, clauseStart: number, at: number, tools: SpeechTools): Speaker | null {
  const from = withinReach(index.text, clauseStart, at);
  const raw = index.text.slice(from, at);
  // Try the text as it stands, then without a relative clause, then without an apposition in lower
  // case: "Juan Ramón de la Fuente, who participated, later told"; "X, then foreign minister, said".
  const trimmed = (value: string) => value.replace(tools.adverbsAtEnd, '').replace(/[\s,]+$/u, '');
  const variants = [
    // "who said" reports its antecedent's words; "which claimed …" is a thing's clause, unless closed ("the ministry, which …, said").
    trimmed(raw.replace(/,\s*(?:(?:who|quien|quienes)\s[^,]{0,120},?|(?:which|que)\s[^,]{1,120},)\s*$/iu, '')),
    trimmed(raw.replace(/,\s*(?:then\s+|now\s+|the\s+|a\s+|an\s+|el\s+|la\s+|entonces\s+)?\p{Ll}[^,]{0,80},\s*$/u, '')),
    trimmed(raw),
  ];
  // "Ernesto Cárdenas, investigador de El Colegio de México, dijo": a person before the apposition
  // is the speaker, rather than the organisation that ends it.
  const found = [...new Set(variants)].map((before) => speakerEndingAt(index, from, before, tools)).filter((s): s is Speaker => s !== null);
  // "Laura Mendelsohn of the DEA's Phoenix Division said", "Rep. Luis Arredondo of Texas noted": a
  // person before a capitalised place or office they belong to.
  const belonging = trimmed(raw).replace(/\s+(?:of|from|de|del)\s+(?:(?:the|la|el)\s+)?\p{Lu}[^,]{0,80}$/u, '');
  const belongs = belonging.length < trimmed(raw).length ? speakerEndingAt(index, from, belonging, tools) : null;
  if (belongs && index.isPerson(belongs.span)) found.push(belongs);
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
  const inParagraph = shown && subject ? (shown.start > subject.start ? shown : subject) : shown ?? subject;
  // "…, el coronel en retiro Ronald Johnson. …, el diplomático señaló": a gendered description also
  // takes up the person named just before it.
  const person = inParagraph ?? index.lastSpeakerBefore(span.start, fits) ?? (gender ? index.lastPersonBefore(span.start, fits, NAMED_JUST_BEFORE) : undefined);
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

/** A pronoun as speaker: "they" stays an unnamed group; "he" and "she" go to a person of their gender. */
function pronounAt(index: MentionIndex, at: number, pronoun: string, tools: SpeechTools): Speaker | null {
  if (tools.pluralPronouns.has(pronoun.toLowerCase())) return asSpeaker(index.text, { start: at, end: at + pronoun.length });
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

function personForPronoun(index: MentionIndex, at: number, fits: (m: Mention) => boolean, subjectFirst: boolean): Speaker | null {
  // "A senior official, who asked not to be named, said … “…”, he added.": an unnamed subject later
  // in the paragraph than any person shown speaking is the one who goes on speaking.
  const described = index.lastDescribedInParagraphBefore(at);
  const lists = subjectFirst ? (['subjects', 'speakers'] as const) : (['speakers', 'subjects'] as const);
  const shown = index.lastInParagraphBefore(lists[0], at, fits) ?? index.lastInParagraphBefore(lists[1], at, fits);
  if (described && (!shown || shown.end <= described.start)) return describedOrReferred(index, described, index.tools);
  const speaker = index.lastSpeakerBefore(at, fits);
  const subject = index.lastSubjectBefore(at, fits);
  const earlier = subjectFirst ? subject ?? speaker : speaker && subject ? (subject.start > speaker.start ? subject : speaker) : speaker ?? subject;
  const person = shown ?? index.paragraphSubjectBefore(at, fits) ?? earlier ?? index.lastPersonBefore(at, fits);
  return person ? mentionSpeaker(index, person) : null;
}
