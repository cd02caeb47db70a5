/**
 * quotes — direct quotes with their speaker, and reported (indirect) speech.
 *
 * Needs: clean (paragraphs, title, headings), sentences, mentions. Produces: Quote spans, sorted.
 * Direct quotes: text in “ ”, " ", « », ‘ ’ or after a Spanish dialogue dash; the span is the text
 * inside the marks. A quote left open at a paragraph's end that the next paragraph reopens is one
 * quote over both paragraphs; “A,” said X. “B.” gives two quotes, both X's.
 * Quote or label: six words or more make a quote (unless they are a title-cased name); shorter
 * quoted text is a quote only with a speech or promise verb at its side ("promised “…”", "“…,” she
 * said"), so scare quotes, slogans and names in quotation marks are not quotes.
 * Speaker: the mention (or unnamed description such as "a senior State Department official", or a
 * pronoun resolved to the last person named) beside a speech verb after the quote, else before it
 * ("X told reporters: “…”", "according to X"), else the subject of a sentence ending in a colon, else
 * the speaker of the quote before it in the paragraph or the paragraph before.
 * Indirect quotes: a sentence without direct quotes where a speaker stands beside a speech verb
 * ("X said that …", "X reportedly outlined …", "according to X, …", "…, officials said"); the span is
 * the sentence, or each clause of a sentence that coordinates two reports ("X says A, but she argues
 * B"). A speaker may be a group or a document named by what it is ("Mexican authorities say",
 * "according to the indictments", "cifras de la Sedena muestran que"); news verbs report only with a
 * complement ("informó que", "asked how many"). Reports: `speaker-unresolved` (info).
 *
 * ok:     "“We will comply,” said Ana Ruiz, a prosecutor." → direct, speaker "Ana Ruiz"
 * not-ok: "The so-called “implementation group” met." → no quote
 */
import { defineStage, type Quote, type Span } from '../../../core/index.js';
import { countWords } from '../../../text/normalize.js';
import { quotedPieces, type QuotedPiece } from './marks.js';
import { describedOrReferred, impliedSpeaker, MentionIndex, speakerAfter, speakerBefore, type Speaker } from './speaker.js';
import { Cue, CueIndex, describedIn, speechTools, type SpeechTools } from './speech-tools.js';

/** Speech verbs that announce news rather than report words: not indirect quotes by themselves. */
const NOT_INDIRECT = new Set(['announced', 'confirmed', 'continued', 'posted', 'concluded', 'anunció', 'confirmó']);
const MIN_QUOTE_WORDS = 6;

interface Group {
  readonly pieces: QuotedPiece[];
  speaker: Speaker | null;
}

export const quotes = defineStage({
  name: 'quotes',
  needs: ['clean', 'sentences', 'mentions'],
  run({ document, clean, sentences, mentions }, report) {
    const { text } = document;
    const tools = speechTools();
    // Most sentences hold no speech verb at all: one pass over the text finds those that do.
    const cueIndex = new CueIndex(text, tools);
    const index = new MentionIndex(text, mentions, tools, clean.paragraphs, sentences, cueIndex);
    const excluded: Span[] = [clean.title?.span, clean.subtitle?.span, ...clean.headings].filter((s): s is Span => !!s);
    const pieces = quotedPieces(text, clean.paragraphs).filter((p) => !excluded.some((e) => e.start < p.end && p.start < e.end));
    const groups: Group[] = [];
    for (const piece of pieces) {
      const previous = groups.at(-1)?.pieces.at(-1);
      if (previous?.continues && previous.paragraph + 1 === piece.paragraph) groups.at(-1)!.pieces.push(piece);
      else groups.push({ pieces: [piece], speaker: null });
    }
    const position = new Map(pieces.map((piece, k) => [piece, k]));
    const regions = (group: Group) => {
      const first = group.pieces[0]!;
      const last = group.pieces.at(-1)!;
      const pieceBefore = pieces[position.get(first)! - 1];
      const next = pieces[position.get(last)! + 1];
      const firstParagraph = clean.paragraphs[first.paragraph]!;
      const lastParagraph = clean.paragraphs[last.paragraph]!;
      const beforeStart = Math.max(firstParagraph.start, pieceBefore && pieceBefore.paragraph === first.paragraph ? pieceBefore.close : 0, sentenceStartBefore(text, firstParagraph.start, first.open));
      const afterEnd = Math.min(next && next.paragraph === last.paragraph ? next.open : lastParagraph.end, sentenceEndAfter(text, last.close, lastParagraph.end));
      // A quote that opens its sentence may be announced by the sentence before ("Heredia put it this way.").
      let previous: Span | null = null;
      if (!/\S/u.test(text.slice(beforeStart, first.open))) {
        if (beforeStart > firstParagraph.start) previous = { start: sentenceStartBefore(text, firstParagraph.start, beforeStart - 1), end: beforeStart };
        else if (first.paragraph > 0) {
          const up = clean.paragraphs[first.paragraph - 1]!;
          if (!excluded.some((e) => e.start < up.end && up.start < e.end)) previous = { start: sentenceStartBefore(text, up.start, up.end - 1), end: up.end };
        }
      }
      return { before: { start: beforeStart, end: first.open }, after: { start: last.close, end: afterEnd }, previous };
    };
    const isDialogue = (group: Group) => /[—–―]/u.test(text[group.pieces[0]!.open] ?? '') && group.pieces[0]!.open === clean.paragraphs[group.pieces[0]!.paragraph]!.start;
    // An interview's questions ("—¿Qué espera de la reunión?") are the interviewer's, not statements to attribute.
    const direct: Group[] = [];
    for (const group of groups) {
      if (isDialogue(group) && /^[¿?]/u.test(text.slice(group.pieces[0]!.start))) continue;
      const around = regions(group);
      // The attribution after the quote decides both who speaks and whether a short piece is a quote.
      const after = attributionAfter(text, around.after, index, tools);
      const own = after ?? attribute(text, around, index, tools);
      if (!isQuote(text, group, around, own, after !== null, index, tools, clean.paragraphs)) continue;
      group.speaker = own;
      direct.push(group);
    }
    inheritSpeakers(text, direct, clean.paragraphs, index, tools);
    // An interview: answers set out with dialogue dashes and no attribution are the interviewee's,
    // the first person the article names.
    const unattributed = direct.filter((group) => !group.speaker && isDialogue(group));
    if (unattributed.length >= 2) {
      const interviewee = mentions.find((m) => m.kind === 'person' && !m.anaphoric && !excluded.some((e) => e.start <= m.start && m.end <= e.end));
      if (interviewee) for (const group of unattributed) group.speaker = { span: { start: interviewee.start, end: interviewee.end }, text: text.slice(interviewee.start, interviewee.end) };
    }

    const result: Quote[] = direct.map((group) => {
      const first = group.pieces[0]!;
      const last = group.pieces.at(-1)!;
      if (!group.speaker) report.info('Quote has no speaker in its sentence or the ones around it', first, { ruleId: 'speaker-unresolved' });
      return { start: first.start, end: last.end, kind: 'direct', speakerMention: group.speaker?.span ?? null, speakerText: group.speaker?.text ?? null };
    });
    // A short fragment woven into the writer's sentence ("told reporters the action was coordinated
    // “step by step”") leaves that sentence free to be reported speech as well; a fragment that is
    // most of its sentence ("According to X, “the labs were …”") is the report itself.
    const quoted = direct
      .filter((g) => !(isWovenFragment(text, g, clean.paragraphs) && isMinorPartOfSentence(text, g, sentences)))
      .map((g) => ({ start: g.pieces[0]!.open, end: g.pieces.at(-1)!.close }));
    const { offsets: cues, kinds } = cueIndex;
    let c = 0;
    for (const sentence of sentences) {
      while (c < cues.length && cues[c]! < sentence.start) c++;
      // "Para X, …" and "Consultada sobre …, X …" carry no cue word of their own.
      const opener = text.slice(sentence.start, sentence.start + 24);
      if ((c === cues.length || cues[c]! >= sentence.end) && !tools.viewpointAtStart.test(opener) && !tools.askedOpener.test(opener)) continue;
      if (quoted.some((q) => q.start < sentence.end && sentence.start < q.end)) continue;
      if (excluded.some((e) => e.start < sentence.end && sentence.start < e.end)) continue;
      let present = 0;
      const verbCues: number[] = [];
      for (let k = c; k < cues.length && cues[k]! < sentence.end; k++) {
        present |= kinds[k]!;
        if (kinds[k]! & Cue.verb) verbCues.push(cues[k]!);
      }
      result.push(...reportedSpeech(text, sentence, index, tools, present, verbCues));
    }
    return result.sort((a, b) => a.start - b.start || a.end - b.end);
  },
});

// A period after a short capitalised word ("Dr.", "Sen.", "U.S.") or a single letter ends no sentence.
const ABBREVIATION_BEFORE = /(?:^|[\s(])(?:\p{Lu}\p{Ll}{0,3}|\p{Lu}(?:\.\p{Lu})+|\p{L})$/u;
const SENTENCE_END = /[.!?]["”’»]?(?=\s+[\p{Lu}“"«¿¡—–]|\s*$)/gu;

/** Offsets just past each sentence end in `[from, to)`, abbreviations excepted. */
function sentenceEnds(text: string, from: number, to: number): number[] {
  const slice = text.slice(from, to);
  const ends: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (const match of slice.matchAll(SENTENCE_END)) {
    if (match[0].startsWith('.') && ABBREVIATION_BEFORE.test(slice.slice(Math.max(0, match.index - 6), match.index))) continue;
    ends.push(from + match.index + match[0].length);
  }
  return ends;
}

/** Where the sentence holding `at` begins, within the paragraph. */
function sentenceStartBefore(text: string, from: number, at: number): number {
  const ends = sentenceEnds(text, from, at).filter((end) => end < at);
  return ends.length ? ends.at(-1)! : from;
}

/** Where the sentence that continues after `at` ends, within the paragraph. */
function sentenceEndAfter(text: string, at: number, to: number): number {
  return sentenceEnds(text, at, to)[0] ?? to;
}

/**
 * The attribution that follows a closing mark: "“…,” said X", "“…,” X told reporters", "“…,” she
 * said". The speaker must stand right after the mark or right after the verb; "“…” For her part, X
 * maintained …" is the start of another sentence, not an attribution.
 */
function attributionAfter(text: string, after: Span, index: MentionIndex, tools: SpeechTools): Speaker | null {
  if (!index.cues.has(Cue.verb, after.start, after.end)) return null;
  const slice = text.slice(after.start, after.end);
  const lead = /^[\s,—–-]*/u.exec(slice)![0].length;
  tools.verb.lastIndex = 0;
  const match = tools.verb.exec(slice);
  if (!match || match.index > 80) return null;
  const verbStart = after.start + match.index;
  const verbEnd = verbStart + match[0].length;
  if (match.index <= lead) {
    const named = speakerAfter(index, verbEnd, after.end, tools);
    if (named) return named;
    // "“…”, afirmó." / "—dijo." — Spanish leaves the subject out: the person the paragraph is about.
    const rest = text.slice(verbEnd, after.end);
    if (/^[\s.]*$/u.test(rest) || tools.circumstanceAtStart.test(rest)) return impliedSpeaker(index, after.start);
    return null;
  }
  const speaker = speakerBefore(index, after.start, verbStart, tools);
  return speaker && speaker.span.start <= after.start + lead + 4 ? speaker : null;
}

/** A lower-case piece inside a sentence: words quoted within the writer's own sentence. */
function isWovenFragment(text: string, group: Group, paragraphs: readonly Span[]): boolean {
  const first = group.pieces[0]!;
  return group.pieces.length === 1 && /^\p{Ll}/u.test(text.slice(first.start, first.end)) && first.open !== paragraphs[first.paragraph]!.start;
}

function isMinorPartOfSentence(text: string, group: Group, sentences: readonly Span[]): boolean {
  const piece = group.pieces[0]!;
  const sentence = sentences.find((s) => s.start <= piece.open && piece.close <= s.end);
  return sentence !== undefined && 2 * countWords(text.slice(piece.start, piece.end)) < countWords(text.slice(sentence.start, sentence.end));
}

function isQuote(
  text: string,
  group: Group,
  around: Around,
  own: Speaker | null,
  cueAfter: boolean,
  index: MentionIndex,
  tools: SpeechTools,
  paragraphs: readonly Span[],
): boolean {
  const content = group.pieces.map((p) => text.slice(p.start, p.end)).join(' ');
  const first = group.pieces[0]!;
  // A lower-case piece inside a sentence ("which emphasized commitments to “preserve and strengthen
  // …”") is a fragment woven into the writer's sentence: it is someone's words only when that same
  // sentence names who said them, however long it is.
  if (isWovenFragment(text, group, paragraphs)) return own !== null && /\p{L}.*\s\p{L}/u.test(content) && !isInsideReport(text, around.before, tools);
  const words = content.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  const titleCased = words.length >= 2 && capitalised / words.length >= 0.7 && !/[.!?]$/u.test(content);
  const cueBefore = tools.fragmentCue.test(text.slice(Math.max(around.before.start, around.before.end - 40), around.before.end));
  if (titleCased && words.length <= 8) return cueAfter;
  if (words.length >= MIN_QUOTE_WORDS) return true;
  // A whole sentence in quotation marks is someone's words: “I want to see names.”
  if (words.length >= 3 && /^\p{Lu}/u.test(content) && /[.!?…]$/u.test(content)) return true;
  // A short fragment is someone's words only when the sentence attributes it: "the official said … had been “prompt”".
  // A fragment that closes the sentence after an attribution ("the official said … had been “prompt”.");
  // in mid-sentence it is a manner or a label ("coordinated “step by step” under …").
  const closesSentence = /^["”’»]?\s*[.!?]/u.test(text.slice(group.pieces.at(-1)!.end, group.pieces.at(-1)!.end + 3)) || /^\s*[.!?]/u.test(text.slice(around.after.start, around.after.start + 2));
  return words.length >= 2 && (cueAfter || cueBefore || (closesSentence && attributedBefore(text, around.before, index, tools)));
}

/**
 * Whether the text before a woven fragment reports speech and the fragment sits inside that report,
 * after words of its own ("indicó que en el inmueble fueron encontradas “diversas dosis”"): the
 * fragment is then part of the paraphrase. Right after "que"/"that" it is the report itself, quoted.
 */
function isInsideReport(text: string, before: Span, tools: SpeechTools): boolean {
  const slice = text.slice(before.start, before.end);
  tools.verb.lastIndex = 0;
  let verbEnd = -1;
  for (const match of slice.matchAll(tools.verb)) verbEnd = match.index + match[0].length;
  if (verbEnd < 0) return false;
  for (const word of slice.slice(verbEnd).matchAll(WORD_START)) {
    const complement = slice.slice(verbEnd + word.index).match(tools.complementAtStart);
    if (complement && /\p{L}/u.test(slice.slice(verbEnd + word.index + complement[0].length))) return true;
  }
  return false;
}
const WORD_START = /(?<![\p{L}\p{N}])[\p{L}]/gu;

/** Whether a speech verb with its speaker stands earlier in the quote's sentence. */
function attributedBefore(text: string, before: Span, index: MentionIndex, tools: SpeechTools): boolean {
  if (!index.cues.has(Cue.verb, before.start, before.end)) return false;
  tools.verb.lastIndex = 0;
  for (const match of text.slice(before.start, before.end).matchAll(tools.verb)) {
    if (speakerBefore(index, before.start, before.start + match.index, tools)) return true;
  }
  return false;
}

/** Where a quote's speaker may be named: its sentence before and after it, and the sentence before that. */
interface Around {
  readonly before: Span;
  readonly after: Span;
  readonly previous: Span | null;
}

/** The speaker named before the quote, or announced by the sentence before it, when none follows it. */
function attribute(text: string, around: Around, index: MentionIndex, tools: SpeechTools): Speaker | null {
  const before = text.slice(around.before.start, around.before.end);
  tools.verb.lastIndex = 0;
  tools.fragmentCues.lastIndex = 0;
  // "Trump repeatedly promised to conduct “…”": speech and promise verbs before the quote, the nearest first.
  const verbs = index.cues.has(Cue.verb, around.before.start, around.before.end)
    ? [...before.matchAll(tools.verb), ...before.matchAll(tools.fragmentCues)].sort((a, b) => a.index - b.index)
    : [];
  for (const match of verbs.reverse()) {
    const verbStart = around.before.start + match.index;
    const speaker = speakerBefore(index, around.before.start, verbStart, tools) ?? speakerAfter(index, verbStart + match[0].length, around.before.end, tools);
    if (speaker) return speaker;
  }
  const source = /(?<![\p{L}])(?:according to|según|de acuerdo con)\s+/iu.exec(before);
  if (source) {
    const speaker = speakerAfter(index, around.before.start + source.index + source[0].length, around.before.end, tools);
    if (speaker) return speaker;
  }
  // "Sheinbaum was blunt: “…”": the subject of a sentence that ends in a colon.
  if (/:\s*$/u.test(before)) return subjectIn(text, around.before, index, tools);
  return around.previous ? announcer(text, around.previous, index, tools) : null;
}

/** The speaker a sentence announces: "Heredia put it this way.", "Sheinbaum was blunt:", "Rubio said the talks went well." */
function announcer(text: string, sentence: Span, index: MentionIndex, tools: SpeechTools): Speaker | null {
  const slice = text.slice(sentence.start, sentence.end);
  // A sentence that itself holds a quote speaks for that quote; leave the choice to inheritance.
  if (/[“”"«»]/u.test(slice)) return null;
  if (/:\s*$/u.test(slice)) return subjectIn(text, sentence, index, tools);
  if (!index.cues.has(Cue.verb, sentence.start, sentence.end)) return null;
  tools.verb.lastIndex = 0;
  for (const match of [...slice.matchAll(tools.verb)].reverse()) {
    const verbStart = sentence.start + match.index;
    const speaker = speakerBefore(index, sentence.start, verbStart, tools) ?? speakerAfter(index, verbStart + match[0].length, sentence.end, tools);
    if (speaker) return speaker;
  }
  return null;
}

/** The first person, organisation or unnamed speaker ("one Mexican diplomatic source") named in `span`. */
function subjectIn(text: string, span: Span, index: MentionIndex, tools: SpeechTools): Speaker | null {
  const mention = index.firstSpeakerIn(span);
  const described = describedIn(text.slice(span.start, span.end), tools, index.cues.descriptionsFrom(text, span.start, span.end))[0];
  const describedStart = described?.groups?.d ? span.start + described.index + described[0].indexOf(described.groups.d) : -1;
  if (described?.groups?.d && (!mention || describedStart < mention.start)) {
    return describedOrReferred(index, { start: describedStart, end: describedStart + described.groups.d.length }, tools);
  }
  return mention ? { span: { start: mention.start, end: mention.end }, text: text.slice(mention.start, mention.end) } : null;
}

/**
 * Unattributed quotes take the speaker of the quote before them in the paragraph (or after it),
 * then of a sentence ending in a colon in the paragraph before, then of the last quote of that paragraph.
 */
function inheritSpeakers(text: string, groups: readonly Group[], paragraphs: readonly Span[], index: MentionIndex, tools: SpeechTools): void {
  groups.forEach((group, k) => {
    if (group.speaker) return;
    const paragraph = group.pieces[0]!.paragraph;
    const sameBefore = groups.slice(0, k).reverse().find((g) => g.pieces.at(-1)!.paragraph === paragraph && g.speaker);
    const sameAfter = groups.slice(k + 1).find((g) => g.pieces[0]!.paragraph === paragraph && g.speaker);
    group.speaker = sameBefore?.speaker ?? sameAfter?.speaker ?? null;
    if (group.speaker || paragraph === 0) return;
    const previous = paragraphs[paragraph - 1]!;
    const previousText = text.slice(previous.start, previous.end);
    if (/:\s*$/u.test(previousText)) {
      const lastSentence = { start: sentenceStartBefore(text, previous.start, previous.end - 1), end: previous.end };
      group.speaker = subjectIn(text, lastSentence, index, tools);
      if (group.speaker) return;
    }
    const lastBefore = groups.slice(0, k).reverse().find((g) => g.pieces.at(-1)!.paragraph === paragraph - 1);
    if (lastBefore?.speaker && group.pieces[0]!.open === paragraphs[paragraph]!.start) group.speaker = lastBefore.speaker;
  });
}

/** A speech act found in a sentence: who speaks, where, and the clause it heads when it opens one after a coordinator. */
interface Attribution {
  readonly at: number;
  readonly speaker: Speaker;
  /** Where a coordinator before the attribution begins and ends ("…, but she argues"); null when it heads the sentence. */
  readonly coordinator: Span | null;
}

/**
 * "X said that …", "X reportedly outlined …", "according to X, …", "…, officials said." The span
 * is the sentence; a sentence that coordinates two reports ("X says A, but Y argues B"; "recordó que
 * A, y afirmó que B") gives one quote per report, each from its clause.
 */
function reportedSpeech(text: string, sentence: Span, index: MentionIndex, tools: SpeechTools, present: number, verbCues: readonly number[]): Quote[] {
  const slice = text.slice(sentence.start, sentence.end);
  // "X put it this way:" introduces the quote that follows; it reports nothing itself.
  if (/:\s*$/u.test(slice)) return [];
  const end = sentence.start + slice.replace(/[\s.!?…]+$/u, '').length;
  const found: Attribution[] = [];
  const add = (at: number, speaker: Speaker | null, coordinator: Span | null = null) => {
    if (speaker && !found.some((a) => a.at === at)) found.push({ at, speaker, coordinator });
  };
  tools.sources.lastIndex = 0;
  for (const match of present & Cue.source ? slice.matchAll(tools.sources) : []) {
    if (tools.sourceBlockedBefore.test(slice.slice(Math.max(0, match.index - 24), match.index))) continue;
    add(sentence.start + match.index, sourceSpeaker(text, sentence.start + match.index + match[0].length, end, index, tools));
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
    for (let comma = text.indexOf(',', sentence.start); comma > 0 && comma < end; comma = text.indexOf(',', comma + 1)) {
      const speaker = speakerAfter(index, comma + 1, end, tools);
      if (speaker) {
        add(sentence.start, speaker);
        break;
      }
    }
  }
  verbAttributions(text, sentence, end, index, tools, found, add, present, verbCues);
  found.sort((a, b) => a.at - b.at);
  const result: Quote[] = [];
  let from = sentence.start;
  let current: Attribution | null = null;
  for (const attribution of found) {
    if (current && attribution.coordinator && attribution.coordinator.start > current.at) {
      result.push(indirectQuote(text, from, attribution.coordinator.start, current.speaker));
      from = attribution.coordinator.end;
      current = attribution;
    } else current ??= attribution;
  }
  if (current) result.push(indirectQuote(text, from, end, current.speaker));
  return result.filter((q) => q.end > q.start);
}

function indirectQuote(text: string, from: number, to: number, speaker: Speaker): Quote {
  const trimmed = text.slice(from, to).replace(/[\s,;]+$/u, '');
  return { start: from, end: from + trimmed.length, kind: 'indirect', speakerMention: speaker.span, speakerText: speaker.text };
}

/** Attributions around speech verbs, document verbs ("figures show") and participles (", adding that"). */
function verbAttributions(
  text: string,
  sentence: Span,
  end: number,
  index: MentionIndex,
  tools: SpeechTools,
  found: Attribution[],
  add: (at: number, speaker: Speaker | null, coordinator?: Span | null) => void,
  present: number,
  verbCues: readonly number[],
): void {
  const slice = text.slice(sentence.start, end);
  for (const match of verbsNear(slice, sentence.start, verbCues, tools)) {
    const written = match.groups?.v ?? '';
    const verb = written.toLowerCase();
    const verbStart = sentence.start + match.index;
    // A capital inside the sentence makes the word part of a name: "The United States pledged".
    if (/^\p{Lu}/u.test(written) && /\p{L}/u.test(text.slice(sentence.start, verbStart))) continue;
    const verbEnd = verbStart + match[0].length;
    const after = text.slice(verbEnd, end);
    const rest = countWords(after, 4);
    // "asked how many …" reports a question; "asked Mexico to act" a request. "informó que …" reports; "informó la detención" announces.
    if (tools.questionVerbs.has(verb) ? !tools.questionAtStart.test(after) : NOT_INDIRECT.has(verb)) continue;
    const closing = /,\s*$/u.test(text.slice(sentence.start, verbStart));
    if (tools.reportVerbs.has(verb) && !tools.complementAtStart.test(after) && rest > 0 && !closing) continue;
    const previous = found.filter((a) => a.at < verbStart).at(-1);
    const coordinator = coordinatorBefore(text, previous ? previous.at : sentence.start, verbStart, tools);
    const clauseStart = coordinator?.end ?? sentence.start;
    if (rest >= 4) {
      const speaker = speakerBefore(index, clauseStart, verbStart, tools) ?? groupSubject(text, clauseStart, verbStart, index, tools, false);
      if (speaker) {
        add(verbStart, speaker, coordinator);
        continue;
      }
      if (tools.bareLead.test(text.slice(clauseStart, verbStart))) {
        // "…, and said that …" shares its subject with the clause before; "Dijo que …" leaves it to the paragraph.
        if (coordinator) add(verbStart, previous?.speaker ?? openingSpeaker(text, sentence.start, coordinator.start, index, tools), coordinator);
        else if (tools.complementAtStart.test(after)) add(verbStart, impliedSpeaker(index, verbStart));
        continue;
      }
    }
    // "…, officials from both governments said." — the attribution closes the sentence.
    if (rest === 0 && /,\s*[^,]*$/u.test(text.slice(sentence.start, verbStart))) {
      const clause = text.slice(sentence.start, verbStart);
      const from = sentence.start + clause.lastIndexOf(',') + 1;
      add(sentence.start, speakerAfter(index, from, verbStart, tools) ?? describedSpeaker(text, from, verbStart, tools) ?? groupSubject(text, from, verbStart, index, tools, false));
      continue;
    }
    // "…, informó la Secretaría de la Defensa Nacional en un comunicado." — speaker after the verb, nothing reported after it.
    if (closing && !tools.complementAtStart.test(after)) {
      const speaker = speakerAfter(index, verbEnd, end, tools) ?? closingSpeaker(text, verbEnd, end, index, tools);
      if (speaker && isCircumstanceOnly(text.slice(speaker.span.end, end), tools)) add(sentence.start, speaker);
    }
  }
  // "Cifras de la Oficina de Aduanas muestran que …": a document's findings, reported.
  tools.documentVerb.lastIndex = 0;
  for (const match of present & Cue.document ? slice.matchAll(tools.documentVerb) : []) {
    const verbStart = sentence.start + match.index;
    if (!tools.complementAtStart.test(text.slice(verbStart + match[0].length, end))) continue;
    const coordinator = coordinatorBefore(text, sentence.start, verbStart, tools);
    add(verbStart, groupSubject(text, coordinator?.end ?? sentence.start, verbStart, index, tools, true), coordinator);
  }
  // "She then went further, pledging that …": the sentence's subject speaks.
  tools.participle.lastIndex = 0;
  for (const match of present & Cue.participle ? slice.matchAll(tools.participle) : []) {
    const at = sentence.start + match.index;
    if (countWords(text.slice(at + match[0].length, end), 4) < 4) continue;
    add(at, found.filter((a) => a.at < at).at(-1)?.speaker ?? openingSpeaker(text, sentence.start, at, index, tools));
  }
}

/**
 * The speech verbs of a sentence, found only near its cue words: a pattern of hundreds of
 * alternatives tried at every offset of every sentence costs more than the rest of the stage.
 */
function verbsNear(slice: string, sliceStart: number, cues: readonly number[], tools: SpeechTools): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let done = 0;
  for (const cue of cues) {
    // The verb may open with an adverb ("reportedly outlined") or a word shorter than its cue word ("ha dicho").
    tools.verb.lastIndex = Math.max(done, cue - sliceStart - 24);
    const match = tools.verb.exec(slice);
    if (!match) break;
    if (match.index > cue - sliceStart) continue;
    matches.push(match);
    done = match.index + match[0].length;
  }
  return matches;
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
function openingSpeaker(text: string, from: number, to: number, index: MentionIndex, tools: SpeechTools): Speaker | null {
  const lead = /^[\s"“«—–-]*(?:[\p{L}\p{N}’']+(?:\s+[\p{L}\p{N}’']+){0,4},\s*)?/u.exec(text.slice(from, to))![0].length;
  return speakerAfter(index, from + lead, to, tools) ?? (lead > 0 ? speakerAfter(index, from, to, tools) : null);
}

/**
 * The subject of a verb that no mention names: a group ("Mexican authorities", "officials in Mexico
 * City", "Critics …, including X,"), a document ("the indictments", "cifras de la Sedena"), or a name
 * the mentions missed ("la exembajadora Inés Mercado Rivas"). It must open its clause, after a short lead.
 */
function groupSubject(text: string, from: number, to: number, index: MentionIndex, tools: SpeechTools, documentsOnly: boolean): Speaker | null {
  const raw = text.slice(from, to).replace(tools.adverbsAtEnd, '').replace(/[\s,]+$/u, '');
  // "Critics of the approach, including the research group X, say": the group speaks through the one it names.
  const inclusion = tools.inclusionAtEnd.exec(raw);
  if (inclusion?.groups?.x) {
    const x = from + raw.indexOf(inclusion.groups.x, inclusion.index);
    const named = index.firstSpeakerIn({ start: x, end: x + inclusion.groups.x.length });
    if (named) return { span: { start: named.start, end: named.end }, text: text.slice(named.start, named.end) };
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
function describedSubject(text: string, span: Span, index: MentionIndex, tools: SpeechTools, documentsOnly: boolean): Speaker | null {
  const phrase = text.slice(span.start, span.end);
  if (tools.documentPhrase.test(phrase)) return documentAuthor(text, span, index, tools);
  if (documentsOnly) return null;
  if (tools.groupPhrase.test(phrase)) return { span, text: phrase };
  const named = tools.namedSubject.exec(phrase);
  if (named?.groups?.n) {
    const at = span.start + phrase.lastIndexOf(named.groups.n);
    return { span: { start: at, end: at + named.groups.n.length }, text: named.groups.n };
  }
  return null;
}

/** Who speaks through a document: the organisation or person it names ("figures the Navy has published"), else the document itself. */
function documentAuthor(text: string, span: Span, index: MentionIndex, tools: SpeechTools): Speaker {
  const named = index.firstSpeakerIn(span);
  if (named) return { span: { start: named.start, end: named.end }, text: text.slice(named.start, named.end) };
  const slice = text.slice(span.start, span.end);
  // The document's own words are capitalised only at the sentence's start: look past its head.
  const head = tools.documentAtStart.exec(slice);
  const tail = head ? head[0].length : 0;
  const name = tools.properName.exec(slice.slice(tail));
  if (name) {
    const at = span.start + tail + name.index;
    return { span: { start: at, end: at + name[0].length }, text: name[0] };
  }
  const description = head ? head[0] : slice;
  return { span: { start: span.start, end: span.start + description.length }, text: description };
}

/** "la organización civil Observatorio Ciudadano del Pacífico": the institution the description names speaks. */
function institutionNamed(text: string, span: Span, index: MentionIndex, tools: SpeechTools): Speaker | null {
  const raw = text.slice(span.start, span.end);
  if (!tools.institutionAtStart.test(raw)) return null;
  const named = index.firstSpeakerIn(span);
  if (named) return { span: { start: named.start, end: named.end }, text: text.slice(named.start, named.end) };
  const proper = /\s(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:de|del|la|el|y|of|the|for|and)\s+)*\p{Lu}[\p{L}'’-]*)*)$/u.exec(raw);
  if (!proper?.[1]) return null;
  const at = span.start + raw.lastIndexOf(proper[1]);
  return { span: { start: at, end: at + proper[1].length }, text: proper[1] };
}

/** The speaker after "according to": a mention, an unnamed speaker, a group, a document or a name the mentions missed. */
function sourceSpeaker(text: string, from: number, end: number, index: MentionIndex, tools: SpeechTools): Speaker | null {
  const named = speakerAfter(index, from, end, tools);
  if (named) return named;
  const comma = text.slice(from, end).search(/[,;]/u);
  return wholePhraseSpeaker(text, from, comma >= 0 ? from + comma : end, index, tools);
}

/**
 * The speaker a phrase names as a whole, up to `to`: a document ("the indictments", "figures the Navy
 * has published"), a group ("officials in Mexico City"), or a proper name ending the phrase.
 */
function wholePhraseSpeaker(text: string, from: number, to: number, index: MentionIndex, tools: SpeechTools): Speaker | null {
  const raw = text.slice(from, to).trim();
  if (!raw) return null;
  const start = text.indexOf(raw, from);
  const span = { start, end: start + raw.length };
  // A document opens the phrase and anything may follow it: "a fact sheet released by the State Department".
  if (tools.documentAtStart.test(raw)) return documentAuthor(text, span, index, tools);
  const institution = institutionNamed(text, span, index, tools);
  if (institution) return institution;
  if (tools.groupPhrase.test(raw)) return { span, text: raw };
  // "the Centers for Disease Control and Prevention," — a name the mentions missed, the whole phrase.
  const name = tools.properName.exec(raw);
  if (name && name.index === 0 && name[0].length === raw.length) return { span, text: raw };
  const person = index.firstSpeakerIn(span);
  return person && person.start === start ? { span: { start: person.start, end: person.end }, text: text.slice(person.start, person.end) } : null;
}

/** Who holds the view "Para X," opens: a person, an organisation or a group; "Para México, …" sets a country's stakes, not its words. */
function viewHolder(text: string, from: number, to: number, index: MentionIndex, tools: SpeechTools): Speaker | null {
  const raw = text.slice(from, to).trim();
  const start = text.indexOf(raw, from);
  const institution = institutionNamed(text, { start, end: start + raw.length }, index, tools);
  if (institution) return institution;
  if (tools.groupPhrase.test(raw)) return { span: { start, end: start + raw.length }, text: raw };
  const article = /^(?:el|la|los|las|the)\s+/iu.exec(raw)?.[0].length ?? 0;
  const mention = index.startingAt(start + article);
  return mention && mention.end === start + raw.length && mention.kind !== 'country' ? { span: { start: mention.start, end: mention.end }, text: text.slice(mention.start, mention.end) } : null;
}

/** Whether what follows a closing speaker is nothing or one circumstance: "…, dijo la SRE en un comunicado." */
function isCircumstanceOnly(rest: string, tools: SpeechTools): boolean {
  const trimmed = rest.replace(/^[\s,]*/u, ' ');
  return trimmed.trim() === '' || (tools.circumstanceAtStart.test(trimmed) && !trimmed.includes(','));
}

/** A group or a name standing after a closing verb: "…, informó la Secretaría de la Defensa Nacional en un comunicado." */
function closingSpeaker(text: string, from: number, end: number, index: MentionIndex, tools: SpeechTools): Speaker | null {
  // The phrase runs to a comma, the end, or a circumstance ("en un comunicado").
  const slice = text.slice(from, end);
  const lead = /^[\s,]*/u.exec(slice)![0].length;
  let stop = slice.indexOf(',', lead);
  if (stop < 0) stop = slice.length;
  for (let k = slice.indexOf(' ', lead); k >= 0 && k < stop; k = slice.indexOf(' ', k + 1)) {
    if (tools.circumstanceAtStart.test(slice.slice(k, k + 16))) {
      stop = k;
      break;
    }
  }
  const phrase = slice.slice(lead, stop);
  if (!phrase) return null;
  return wholePhraseSpeaker(text, from + lead, from + lead + phrase.length, index, tools);
}

/** "officials from both governments" before a closing "said": a plural description of the speakers. */
function describedSpeaker(text: string, from: number, to: number, tools: SpeechTools): Speaker | null {
  const phrase = text.slice(from, to).trim();
  if (!tools.speakerGroups.test(phrase)) return null;
  const start = text.indexOf(phrase, from);
  return { span: { start, end: start + phrase.length }, text: phrase };
}
