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
 * the sentence. Reports: `speaker-unresolved` (info).
 *
 * ok:     "“We will comply,” said Ana Ruiz, a prosecutor." → direct, speaker "Ana Ruiz"
 * not-ok: "The so-called “implementation group” met." → no quote
 */
import { defineStage, type Quote, type Span } from '../../../core/index.js';
import { countWords } from '../../../text/normalize.js';
import { quotedPieces, type QuotedPiece } from './marks.js';
import { describedOrReferred, impliedSpeaker, MentionIndex, speakerAfter, speakerBefore, type Speaker } from './speaker.js';
import { cueOffsets, speechTools, type SpeechTools } from './speech-tools.js';

/** Speech verbs that announce news rather than report words: not indirect quotes by themselves. */
const NOT_INDIRECT = new Set(['announced', 'confirmed', 'continued', 'posted', 'concluded', 'asked', 'asks', 'anunció', 'confirmó', 'informó']);
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
    const index = new MentionIndex(text, mentions, tools, clean.paragraphs, sentences);
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
      const own = attribute(text, around, index, tools);
      if (!isQuote(text, group, around, own, index, tools, clean.paragraphs)) continue;
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
    // Most sentences hold no speech verb at all: one pass over the text finds those that do.
    const cues = cueOffsets(text, tools);
    let c = 0;
    for (const sentence of sentences) {
      while (c < cues.length && cues[c]! < sentence.start) c++;
      if (c === cues.length || cues[c]! >= sentence.end) continue;
      if (quoted.some((q) => q.start < sentence.end && sentence.start < q.end)) continue;
      if (excluded.some((e) => e.start < sentence.end && sentence.start < e.end)) continue;
      const indirect = reportedSpeech(text, sentence, index, tools);
      if (indirect) result.push(indirect);
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
    if (/^[\s.]*$|^\s+(?:en|a|ante|durante|at|in|to)\s/iu.test(text.slice(verbEnd, after.end))) return impliedSpeaker(index, after.start);
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
  index: MentionIndex,
  tools: SpeechTools,
  paragraphs: readonly Span[],
): boolean {
  const content = group.pieces.map((p) => text.slice(p.start, p.end)).join(' ');
  const first = group.pieces[0]!;
  // A lower-case piece inside a sentence ("which emphasized commitments to “preserve and strengthen
  // …”") is a fragment woven into the writer's sentence: it is someone's words only when that same
  // sentence names who said them, however long it is.
  if (isWovenFragment(text, group, paragraphs)) return own !== null && /\p{L}.*\s\p{L}/u.test(content);
  const words = content.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  const titleCased = words.length >= 2 && capitalised / words.length >= 0.7 && !/[.!?]$/u.test(content);
  const cueAfter = attributionAfter(text, around.after, index, tools) !== null;
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

/** Whether a speech verb with its speaker stands earlier in the quote's sentence. */
function attributedBefore(text: string, before: Span, index: MentionIndex, tools: SpeechTools): boolean {
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

function attribute(text: string, around: Around, index: MentionIndex, tools: SpeechTools): Speaker | null {
  const after = attributionAfter(text, around.after, index, tools);
  if (after) return after;
  const before = text.slice(around.before.start, around.before.end);
  tools.verb.lastIndex = 0;
  tools.fragmentCues.lastIndex = 0;
  // "Trump repeatedly promised to conduct “…”": speech and promise verbs before the quote, the nearest first.
  const verbs = [...before.matchAll(tools.verb), ...before.matchAll(tools.fragmentCues)].sort((a, b) => a.index - b.index);
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
  tools.anonymousAll.lastIndex = 0;
  const described = tools.anonymousAll.exec(text.slice(span.start, span.end));
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

/** "X said that …", "X reportedly outlined …", "according to X, …", "…, officials said." */
function reportedSpeech(text: string, sentence: Span, index: MentionIndex, tools: SpeechTools): Quote | null {
  const slice = text.slice(sentence.start, sentence.end);
  // "X put it this way:" introduces the quote that follows; it reports nothing itself.
  if (/:\s*$/u.test(slice)) return null;
  const span = { start: sentence.start, end: sentence.start + slice.replace(/[\s.!?…]+$/u, '').length };
  const source = /(?<![\p{L}])(?:according to|según|de acuerdo con)\s+/iu.exec(slice);
  if (source) {
    const speaker = speakerAfter(index, sentence.start + source.index + source[0].length, sentence.end, tools);
    if (speaker) return { ...span, kind: 'indirect', speakerMention: speaker.span, speakerText: speaker.text };
  }
  tools.verb.lastIndex = 0;
  for (const match of slice.matchAll(tools.verb)) {
    const verb = (match.groups?.v ?? '').toLowerCase();
    if (NOT_INDIRECT.has(verb)) continue;
    const verbStart = sentence.start + match.index;
    const verbEnd = verbStart + match[0].length;
    const rest = text.slice(verbEnd, span.end);
    const speaker = speakerBefore(index, sentence.start, verbStart, tools);
    if (speaker && countWords(rest) >= 4) return { ...span, kind: 'indirect', speakerMention: speaker.span, speakerText: speaker.text };
    // "…, officials from both governments said." — the attribution closes the sentence.
    if (countWords(rest) === 0 && /,\s*[^,]*$/u.test(text.slice(sentence.start, verbStart))) {
      const clause = text.slice(sentence.start, verbStart);
      const from = sentence.start + clause.lastIndexOf(',') + 1;
      const closing = speakerAfter(index, from, verbStart, tools) ?? describedSpeaker(text, from, verbStart);
      if (closing) return { ...span, kind: 'indirect', speakerMention: closing.span, speakerText: closing.text };
    }
  }
  return null;
}

/** "officials from both governments" before a closing "said": a plural description of the speakers. */
function describedSpeaker(text: string, from: number, to: number): Speaker | null {
  const phrase = text.slice(from, to).trim();
  if (!/^(?:\p{L}+\s+){0,4}?(?:officials|sources|diplomats|analysts|authorities|prosecutors|funcionarios|fuentes|autoridades)(?:\s+\p{L}+){0,4}$/iu.test(phrase)) return null;
  const start = text.indexOf(phrase, from);
  return { span: { start, end: start + phrase.length }, text: phrase };
}
