import type { Mention, Span } from '../../../core/index.js';
import { stopwords } from '../../../lexicons/index.js';
import { roleEquivalents } from '../../../lexicons/role-equivalents.js';
import { genderAgrees, genderOfWords, personGenders, personKey, type Gender } from './gender.js';
import { SortedMentions } from './sorted-mentions.js';
import { Cue, type CueIndex, type SpeechTools } from './speech-tools.js';

/** Mentions of a document indexed by where they start and end, for speaker lookups. */
export class MentionIndex {
  private readonly byStart = new Map<number, Mention>();
  private readonly byEnd = new Map<number, Mention>();
  private readonly people: SortedMentions<Mention>;
  /** People named, not by a bare role ("the minister"): those a role or a description can stand for. */
  private readonly named: SortedMentions<Mention>;
  /** Named people by the office their role names (see `roleKey`). */
  private readonly holders = new Map<string, SortedMentions<Mention>>();
  /** Mentions but places, the way `byStart` holds them: one a start, in order. */
  private readonly speaking: SortedMentions<Mention>;
  /** People the text shows speaking: right before or after a speech verb ("Ruiz said", "said Ruiz"). */
  private readonly speakers: SortedMentions<Mention>;

  /** People who open their sentence, after at most a few words ("On Monday, Sheinbaum …"): its subject. */
  private readonly subjects: SortedMentions<Mention>;

  /** Unnamed speakers who open their sentence ("A senior State Department official, who …, said"). */
  private readonly describedSubjects: SortedMentions<Span>;

  /** Organisations the text shows speaking, or that open their sentence: the authors of a document met later ("según el informe"). */
  private readonly organisations: SortedMentions<Mention>;

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
    const people = mentions.filter((m) => m.kind === 'person');
    this.people = new SortedMentions(people);
    // Picked from `people`, whose walk they stand for: their positions in it are kept.
    const named: number[] = [];
    const holders = new Map<string, number[]>();
    people.forEach((m, i) => {
      if (m.anaphoric) return;
      named.push(i);
      if (m.role === null) return;
      const key = roleKey(m.role);
      const list = holders.get(key);
      if (list) list.push(i);
      else holders.set(key, [i]);
    });
    const picked = (positions: number[]) =>
      new SortedMentions(
        positions.map((i) => people[i]!),
        positions,
      );
    this.named = picked(named);
    for (const [key, positions] of holders) this.holders.set(key, picked(positions));
    this.speaking = new SortedMentions([...this.byStart.values()]);
    this.genders = personGenders(text, mentions);
    // A verb right after the name, but for spaces and commas: "Ruiz said", "Ruiz, in turn, … " is not.
    const verbAfter = (m: Mention) => {
      const verb = cues.verbs(m.end, m.end + 40)[0];
      return verb !== undefined && /^[\s,]*$/u.test(text.slice(m.end, verb.start));
    };
    this.speakers = new SortedMentions(
      people.filter(
        (m) =>
          verbAfter(m) ||
          /(?:said|says|told|added|dijo|afirmó|señaló)\s*$/iu.test(text.slice(Math.max(0, m.start - 12), m.start)),
      ),
    );
    const organisations: Mention[] = [];
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
        organisations.push(m);
    }
    this.organisations = new SortedMentions(organisations);
    // Both lists are sorted, so one walk pairs each person with the sentence that holds it.
    const subjects: Mention[] = [];
    let k = 0;
    for (const m of people) {
      while (k < sentences.length && sentences[k]!.end <= m.start) k++;
      const sentence = sentences[k];
      if (sentence && sentence.start <= m.start && opensClause(text, sentence.start, m.start)) subjects.push(m);
    }
    this.subjects = new SortedMentions(subjects);
    const describedSubjects: Span[] = [];
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
        describedSubjects.push({ start: sentence.start + offset, end: sentence.start + offset + d.length });
    }
    this.describedSubjects = new SortedMentions(describedSubjects);
  }

  /** The last of people picked from `people` that a walk over `people` up to `offset` meets and that `fits`. */
  private lastPicked(list: SortedMentions<Mention>, offset: number, fits: Fit): Mention | undefined {
    return list.lastBefore(offset, fits, -Infinity, Infinity, list.countAmongFirst(this.people.countEndingBy(offset)));
  }

  /** The paragraph that holds `offset` (the first, where two meet there). */
  private paragraphOf(offset: number): Span | undefined {
    const { paragraphs } = this;
    // Paragraphs are sorted and apart: the first ending at or after the offset is the only one that can hold it.
    let low = 0;
    let high = paragraphs.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (paragraphs[mid]!.end < offset) low = mid + 1;
      else high = mid;
    }
    const paragraph = paragraphs[low];
    return paragraph && paragraph.start <= offset ? paragraph : undefined;
  }

  /** The last unnamed speaker opening a sentence in the paragraph of `offset`, before it. */
  lastDescribedInParagraphBefore(offset: number): Span | undefined {
    const paragraph = this.paragraphOf(offset);
    if (!paragraph) return undefined;
    return this.describedSubjects.lastBefore(offset, () => true, paragraph.start);
  }

  /** The last organisation shown speaking or opening a sentence before `offset`, within reach. */
  lastOrganisationBefore(offset: number): Mention | undefined {
    return this.organisations.lastBefore(offset, anyone, -Infinity, SPEAKER_REACH);
  }

  /** The last of `list` inside the paragraph of `offset`, before it, that `fits`. */
  lastInParagraphBefore(list: 'speakers' | 'subjects', offset: number, fits: Fit = anyone): Mention | undefined {
    const paragraph = this.paragraphOf(offset);
    if (!paragraph) return undefined;
    return this[list].lastBefore(offset, fits, paragraph.start);
  }

  /**
   * The person named after at most a few title words from `offset` ("FBI Director Kash Patel",
   * "acting deputy attorney general Emil Bove"): words without a function word among them, which
   * would make them a clause of their own ("the plan was approved by …").
   */
  personAfterTitles(offset: number, limit: number): Mention | undefined {
    const person = this.people.items[this.people.firstStartingFrom(offset)];
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
    const holders = key ? this.holders.get(key) : undefined;
    if (!holders) return undefined;
    return before === Infinity ? holders.items.find(fits) : this.lastPicked(holders, before, fits);
  }

  /**
   * The last person before `offset` whom the text introduced with the head noun of `description`
   * ("the nominee" → "its nominee for ambassador, Ronald Johnson"), that `fits`.
   */
  introducedAs(description: string, offset: number, fits: Fit = anyone): Mention | undefined {
    const head = (description.toLowerCase().match(/\p{L}+/gu) ?? []).at(-1);
    if (!head || head.length <= 3) return undefined;
    return this.lastPicked(
      this.named,
      offset,
      (m) =>
        fits(m) &&
        this.text
          .slice(Math.max(0, m.start - INTRODUCTION_REACH), m.start)
          .toLowerCase()
          .includes(head),
    );
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
    const holders = role ? this.holders.get(role) : undefined;
    const byRole = holders && this.lastPicked(holders, mention.start, agrees);
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
    const person = this.people.items[this.people.firstStartingFrom(offset)];
    return person && person.end <= limit ? person : undefined;
  }

  /** Whether a span is exactly a person's mention. */
  isPerson(span: Span): boolean {
    const mention = this.byStart.get(span.start);
    return mention !== undefined && mention.end === span.end && mention.kind === 'person';
  }

  /** The first person named in the paragraph of `offset`, before it, that `fits`: the paragraph's subject. */
  paragraphSubjectBefore(offset: number, fits: Fit = anyone): Mention | undefined {
    const paragraph = this.paragraphOf(offset);
    if (!paragraph) return undefined;
    const people = this.people.items;
    // Sorted by start: past the offset, none ends by it.
    for (let i = this.people.firstStartingFrom(paragraph.start); i < people.length && people[i]!.start <= offset; i++)
      if (people[i]!.end <= offset && fits(people[i]!)) return people[i];
    return undefined;
  }

  /** The last person shown speaking before `offset` that `fits`, within the two thousand characters before it. */
  lastSpeakerBefore(offset: number, fits: Fit = anyone): Mention | undefined {
    return this.speakers.lastBefore(offset, fits, -Infinity, SPEAKER_REACH);
  }

  /** The last person opening a sentence before `offset` that `fits`, within the two thousand characters before it. */
  lastSubjectBefore(offset: number, fits: Fit = anyone): Mention | undefined {
    return this.subjects.lastBefore(offset, fits, -Infinity, SPEAKER_REACH);
  }

  startingAt(offset: number): Mention | undefined {
    return this.byStart.get(offset);
  }

  endingAt(offset: number): Mention | undefined {
    return this.byEnd.get(offset);
  }

  /** The last person named before `offset` that `fits`, within `reach` characters. */
  lastPersonBefore(offset: number, fits: Fit = anyone, reach = Infinity): Mention | undefined {
    return this.people.lastBefore(offset, fits, -Infinity, reach);
  }

  /** The first person (or organisation) named inside `span`. */
  firstSpeakerIn(span: Span): Mention | undefined {
    const speaking = this.speaking.items;
    // Sorted by start: past the span's end, none ends inside it.
    for (
      let i = this.speaking.firstStartingFrom(span.start);
      i < speaking.length && speaking[i]!.start <= span.end;
      i++
    ) {
      const m = speaking[i]!;
      if (m.end <= span.end && m.kind !== 'country') return m;
    }
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

/** Characters before an offset within which the last speaker, subject or organisation counts. */
const SPEAKER_REACH = 2000;

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
// closed by a comma ("En su conferencia de este lunes,"): the name opens its clause. A dateline may
// come first ("Washington.- The", "Ciudad de México.- La", "MEXICO CITY (AP) — President"): the
// sentence starts after it.
/** Whether what stands in `[from, to)` is a subject's lead (see SUBJECT_LEAD); longer text never is, and is not searched. */
const opensClause = (text: string, from: number, to: number) =>
  to - from <= SUBJECT_LEAD_REACH && SUBJECT_LEAD.test(text.slice(from, to));
/** Characters a subject's lead may span: four words, or an opening phrase of ninety and an article. */
const SUBJECT_LEAD_REACH = 160;
const SUBJECT_LEAD =
  /^[\s"“«—–-]*(?:\p{Lu}[\p{L}’'.]*(?:,?\s+(?:(?:de|del|la|el|of|the)\s+)?\p{Lu}[\p{L}’'.]*){0,3}(?:\s*\([^()]{1,30}\))?\s*[.,]?\s*[—–-]{1,2}\s+)?(?:(?:[\p{L}\p{N}.’']+,?\s+){0,4}|[^,;:.“”"«»]{1,90},\s+(?:(?:el|la|the)\s+)?)$/u;
