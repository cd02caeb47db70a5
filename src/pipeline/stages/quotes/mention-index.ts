import type { Mention, Span } from '../../../core/index.js';
import { stopwords } from '../../../lexicons/index.js';
import { roleEquivalents } from '../../../lexicons/role-equivalents.js';
import { genderAgrees, genderOfWords, personGenders, personKey, type Gender } from './gender.js';
import { Cue, type CueIndex, type SpeechTools } from './speech-tools.js';

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

  /** Organisations the text shows speaking, or that open their sentence: the authors of a document met later ("según el informe"). */
  private readonly organisations: Mention[] = [];

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
    // A verb right after the name, but for spaces and commas: "Ruiz said", "Ruiz, in turn, … " is not.
    const verbAfter = (m: Mention) => {
      const verb = cues.verbs(m.end, m.end + 40)[0];
      return verb !== undefined && /^[\s,]*$/u.test(text.slice(m.end, verb.start));
    };
    this.speakers = this.people.filter(
      (m) =>
        verbAfter(m) ||
        /(?:said|says|told|added|dijo|afirmó|señaló)\s*$/iu.test(text.slice(Math.max(0, m.start - 12), m.start)),
    );
    let s = 0;
    for (const m of mentions) {
      if (m.kind !== 'organization') continue;
      while (s < sentences.length && sentences[s]!.end <= m.start) s++;
      const sentence = sentences[s];
      const opens = sentence !== undefined && sentence.start <= m.start && opensClause(text, sentence.start, m.start);
      if (
        opens ||
        verbAfter(m) ||
        cues.has(Cue.verb | Cue.source, Math.max(0, m.start - 24), m.start) ||
        tools.documentOfBefore.test(text.slice(Math.max(0, m.start - 40), m.start))
      )
        this.organisations.push(m);
    }
    // Both lists are sorted, so one walk pairs each person with the sentence that holds it.
    this.subjects = [];
    let k = 0;
    for (const m of this.people) {
      while (k < sentences.length && sentences[k]!.end <= m.start) k++;
      const sentence = sentences[k];
      if (sentence && sentence.start <= m.start && opensClause(text, sentence.start, m.start)) this.subjects.push(m);
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
      if (SUBJECT_LEAD.test(window.slice(0, offset)))
        this.describedSubjects.push({ start: sentence.start + offset, end: sentence.start + offset + d.length });
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

  /** The last organisation shown speaking or opening a sentence before `offset`, within reach. */
  lastOrganisationBefore(offset: number): Mention | undefined {
    return lastWithin(this.organisations, offset, anyone);
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
    return words.every((w) => !stopwords.has(w.toLowerCase()) || TITLE_JOINERS.has(w.toLowerCase()))
      ? person
      : undefined;
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
      if (
        !m.anaphoric &&
        fits(m) &&
        this.text
          .slice(Math.max(0, m.start - INTRODUCTION_REACH), m.start)
          .toLowerCase()
          .includes(head)
      )
        introduced = m;
    }
    return introduced;
  }

  /** The gender of a person's mention: what the document marks for that person, or what a bare role's own words say ("la mandataria"). */
  genderOf(mention: Mention): Gender {
    return mention.anaphoric
      ? genderOfWords(this.text.slice(mention.start, mention.end))
      : (this.genders.get(personKey(mention)) ?? null);
  }

  /**
   * The person a bare role stands for ("la mandataria", "the secretary"): the last person named
   * before it who holds that role and agrees in gender, else the last who agrees in gender and is
   * shown speaking or opens a sentence; undefined when none does.
   */
  antecedentOf(mention: Mention): Mention | undefined {
    const gender = this.genderOf(mention);
    const role = roleKey(mention.role ?? this.text.slice(mention.start, mention.end));
    // "El presidente estadounidense" is none of another country's presidents.
    const agrees = (m: Mention) =>
      !m.anaphoric &&
      genderAgrees(gender, this.genderOf(m)) &&
      (!mention.country || !m.country || m.country === mention.country);
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
    return speaker && subject ? (speaker.start > subject.start ? speaker : subject) : (speaker ?? subject);
  }

  /** Whether a span is exactly a mention's. */
  isNamed(span: Span): boolean {
    return this.byStart.get(span.start)?.end === span.end;
  }

  /** The first person named at or after `offset`, ending before `limit`. */
  personAfter(offset: number, limit: number): Mention | undefined {
    const person = this.people.find((m) => m.start >= offset);
    return person && person.end <= limit ? person : undefined;
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
    for (const m of this.byStart.values())
      if (m.start >= span.start && m.end <= span.end && m.kind !== 'country') return m;
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
  const words =
    role
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .match(/\p{L}+/gu) ?? [];
  const head = words.find((w) => !/^(?:the|el|la|los|las|u|s|us|mexican|mexico|estadounidense)$/u.test(w)) ?? '';
  return (roleEquivalents[head] ?? head).split(' ')[0]!;
}

/** Characters from a sentence's start within which its subject description must fit. */
const SUBJECT_WINDOW = 240;

// Up to four short words before the name, "On Monday," "But", "La presidenta", or an opening phrase
// closed by a comma ("En su conferencia de este lunes,"): the name opens its clause.
/** Whether what stands in `[from, to)` is a subject's lead (see SUBJECT_LEAD); longer text never is, and is not searched. */
const opensClause = (text: string, from: number, to: number) =>
  to - from <= SUBJECT_LEAD_REACH && SUBJECT_LEAD.test(text.slice(from, to));
/** Characters a subject's lead may span: four words, or an opening phrase of ninety and an article. */
const SUBJECT_LEAD_REACH = 160;
const SUBJECT_LEAD = /^[\s"“«—–-]*(?:(?:[\p{L}\p{N}.’']+,?\s+){0,4}|[^,;:.“”"«»]{1,90},\s+(?:(?:el|la|the)\s+)?)$/u;
