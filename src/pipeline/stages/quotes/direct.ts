/**
 * Direct quotes: quoted pieces grouped into quotes (a quote left open at a paragraph's end and
 * reopened is one), each kept when it is someone's words rather than a label, with its speaker.
 */
import type { Quote, Span } from '../../../core/index.js';
import { countWords } from '../../../text/normalize.js';
import { overlapsAny, sentenceAt, sentenceEndAfter, sentenceStartBefore, type QuoteContext } from './context.js';
import { blockPieces } from './blocks.js';
import { quotedPieces, type QuotedPiece } from './marks.js';
import { speakerBefore, type Speaker } from './speaker-phrases.js';
import { attributionAfter, findSpeaker, inheritSpeakers, type QuoteGroup, type QuoteSite } from './speakers.js';
import { Cue } from './speech-tools.js';

const MIN_QUOTE_WORDS = 6;

/** The direct quotes of a document, as groups of pieces with their speakers, in order. */
export function directQuotes(ctx: QuoteContext): QuoteGroup[] {
  const { text, paragraphs, excluded } = ctx;
  const pieces = [...quotedPieces(text, paragraphs).filter((p) => !overlapsAny(p, excluded)), ...blockPieces(ctx)].sort(
    (a, b) => a.start - b.start,
  );
  const groups: QuoteGroup[] = [];
  for (const piece of pieces) {
    const previous = groups.at(-1)?.pieces.at(-1);
    if (previous?.continues && previous.paragraph + 1 === piece.paragraph) groups.at(-1)!.pieces.push(piece);
    else groups.push({ pieces: [piece], speaker: null });
  }
  const position = new Map(pieces.map((piece, k) => [piece, k]));
  const direct: QuoteGroup[] = [];
  for (const group of groups) {
    // An interview's questions ("—¿Qué espera de la reunión?") are the interviewer's, not statements to attribute.
    if (isDialogue(group, ctx) && /^[¿?]/u.test(text.slice(group.pieces[0]!.start))) continue;
    const first = group.pieces[0]!;
    const site = siteOf(group, pieces[position.get(first)! - 1], pieces[position.get(group.pieces.at(-1)!)! + 1], ctx);
    const found = findSpeaker(site, ctx);
    // The attribution after the quote decides both who speaks and whether a short piece is a quote.
    if (!isQuote(group, site, found?.speaker ?? null, found?.rule === attributionAfter, ctx)) continue;
    group.speaker = found?.speaker ?? null;
    direct.push(group);
  }
  inheritSpeakers(direct, ctx);
  // An interview: answers set out with dialogue dashes and no attribution are the interviewee's,
  // the first person the article names.
  const unattributed = direct.filter((group) => !group.speaker && isDialogue(group, ctx));
  if (unattributed.length >= 2) {
    const interviewee = ctx.mentions.find(
      (m) => m.kind === 'person' && !m.anaphoric && !excluded.some((e) => e.start <= m.start && m.end <= e.end),
    );
    if (interviewee)
      for (const group of unattributed)
        group.speaker = {
          span: { start: interviewee.start, end: interviewee.end },
          text: text.slice(interviewee.start, interviewee.end),
        };
  }
  return direct;
}

/**
 * A direct quote as layer items: one per paragraph it runs through. A quote reopened at each new
 * paragraph is one speaker's words, but each paragraph is a segment quoted on its own, with a span of
 * its own to cite.
 */
export function directQuoteItems(group: QuoteGroup): Quote[] {
  const items: Quote[] = [];
  for (const piece of group.pieces) {
    const last = items.at(-1);
    if (last && piece.start < last.end) continue;
    items.push({
      start: piece.start,
      end: piece.end,
      kind: 'direct',
      speakerMention: group.speaker?.span ?? null,
      speakerText: group.speaker?.text ?? null,
    });
  }
  return items;
}

/**
 * The marks of quotes that make up their sentence. A short fragment woven into the writer's
 * sentence ("told reporters the action was coordinated “step by step”") leaves that sentence free to
 * be reported speech as well; a fragment that is most of its sentence is the report itself.
 */
export function quotedSpans(groups: readonly QuoteGroup[], ctx: QuoteContext): Span[] {
  return groups
    .filter((g) => !(isWovenFragment(g, ctx) && isMinorPartOfSentence(g, ctx)))
    .map((g) => ({ start: g.pieces[0]!.open, end: g.pieces.at(-1)!.close }));
}

/** Where a quote's speaker may be named: its sentence around it, within its paragraph and between its neighbours, and the sentence before. */
function siteOf(
  group: QuoteGroup,
  pieceBefore: QuotedPiece | undefined,
  next: QuotedPiece | undefined,
  ctx: QuoteContext,
): QuoteSite {
  const { text, paragraphs, sentences, excluded } = ctx;
  const first = group.pieces[0]!;
  const last = group.pieces.at(-1)!;
  const firstParagraph = paragraphs[first.paragraph]!;
  const lastParagraph = paragraphs[last.paragraph]!;
  const beforeStart = Math.max(
    firstParagraph.start,
    pieceBefore && pieceBefore.paragraph === first.paragraph ? pieceBefore.close : 0,
    sentenceStartBefore(sentences, firstParagraph.start, first.open),
  );
  const afterEnd = Math.min(
    next && next.paragraph === last.paragraph ? next.open : lastParagraph.end,
    sentenceEndAfter(sentences, last.close, lastParagraph.end),
  );
  // A quote that opens its sentence may be announced by the sentence before ("Heredia put it this way.").
  let previous: Span | null = null;
  if (!/\S/u.test(text.slice(beforeStart, first.open))) {
    if (beforeStart > firstParagraph.start)
      previous = { start: sentenceStartBefore(sentences, firstParagraph.start, beforeStart - 1), end: beforeStart };
    else if (first.paragraph > 0) {
      const up = paragraphs[first.paragraph - 1]!;
      if (!overlapsAny(up, excluded))
        previous = { start: sentenceStartBefore(sentences, up.start, up.end - 1), end: up.end };
    }
  }
  return { before: { start: beforeStart, end: first.open }, after: { start: last.close, end: afterEnd }, previous };
}

/** A Spanish dialogue turn: a paragraph that opens with a dash. */
function isDialogue(group: QuoteGroup, { text, paragraphs }: QuoteContext): boolean {
  const first = group.pieces[0]!;
  return /[—–―]/u.test(text[first.open] ?? '') && first.open === paragraphs[first.paragraph]!.start;
}

/** A lower-case piece inside a sentence: words quoted within the writer's own sentence. */
function isWovenFragment(group: QuoteGroup, { text, paragraphs }: QuoteContext): boolean {
  const first = group.pieces[0]!;
  return (
    group.pieces.length === 1 &&
    /^\p{Ll}/u.test(text.slice(first.start, first.end)) &&
    first.open !== paragraphs[first.paragraph]!.start
  );
}

function isMinorPartOfSentence(group: QuoteGroup, { text, sentences }: QuoteContext): boolean {
  const piece = group.pieces[0]!;
  const sentence = sentenceAt(sentences, piece.open);
  return (
    sentence !== undefined &&
    piece.close <= sentence.end &&
    2 * countWords(text.slice(piece.start, piece.end)) < countWords(text.slice(sentence.start, sentence.end))
  );
}

/** Whether a quoted group is someone's words: long enough, a whole sentence, or attributed by its own sentence. */
function isQuote(
  group: QuoteGroup,
  site: QuoteSite,
  own: Speaker | null,
  cueAfter: boolean,
  ctx: QuoteContext,
): boolean {
  const { text } = ctx;
  const content = group.pieces.map((p) => text.slice(p.start, p.end)).join(' ');
  // A lower-case piece inside a sentence ("which emphasized commitments to “preserve and strengthen
  // …”") is a fragment woven into the writer's sentence: it is someone's words only when that same
  // sentence names who said them, however long it is.
  if (isWovenFragment(group, ctx))
    return own !== null && /\p{L}.*\s\p{L}/u.test(content) && !insideParaphrase(site.before, ctx, true);
  // "said that for a decade “the border has been …”": the quoted words finish the writer's clause.
  if (insideParaphrase(site.before, ctx, false)) return false;
  const words = content.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  const titleCased = words.length >= 2 && capitalised / words.length >= 0.7 && !/[.!?]$/u.test(content);
  const cueBefore = ctx.cues.has(
    Cue.plain | Cue.fragment,
    Math.max(site.before.start, site.before.end - 40),
    site.before.end,
  );
  if (titleCased && words.length <= 8) return cueAfter;
  if (words.length >= MIN_QUOTE_WORDS) return true;
  // A whole sentence in quotation marks is someone's words: “I want to see names.”
  if (words.length >= 3 && /^\p{Lu}/u.test(content) && /[.!?…]$/u.test(content)) return true;
  // A short fragment is someone's words only when its sentence attributes it and it closes that
  // sentence ("the official said … had been “prompt”."); in mid-sentence it is a manner or a label
  // ("coordinated “step by step” under …").
  const closesSentence =
    /^["”’»]?\s*[.!?]/u.test(text.slice(group.pieces.at(-1)!.end, group.pieces.at(-1)!.end + 3)) ||
    /^\s*[.!?]/u.test(text.slice(site.after.start, site.after.start + 2));
  return words.length >= 2 && (cueAfter || cueBefore || (closesSentence && attributedBefore(site.before, ctx)));
}

/**
 * Whether quoted words continue the writer's paraphrase: two words or more stand between the mark
 * and the "that" before it ("afirmó que los informes “son parte …”"), or, with `afterVerb`, the
 * speech verb before it ("said the accord was “a first step …”"). Quoted words right after
 * the verb, "that" or a participle ("stating “all cards …”", "y que “considerará …”") are a quote.
 */
function insideParaphrase(before: Span, { text, index, tools }: QuoteContext, afterVerb: boolean): boolean {
  const slice = text.slice(before.start, before.end);
  if (index.cues.participleAtEnd(text, Math.max(before.start, before.end - 40), before.end) >= 0) return false;
  let cueEnd = -1;
  tools.complementizers.lastIndex = 0;
  for (const match of slice.matchAll(tools.complementizers)) cueEnd = match.index + match[0].length;
  // Only a verb of saying hands over to the words themselves: "had agreed “to continue …”" goes on paraphrasing.
  if (afterVerb)
    for (const match of index.cues.within(Cue.plain, before.start, before.end))
      cueEnd = Math.max(cueEnd, match.end - before.start);
  // A colon after the paraphrase hands over to the speaker's own words: "…, se debería priorizar el diálogo: «…»".
  if (slice.slice(Math.max(0, cueEnd)).includes(':')) return false;
  // Woven into a sentence with no speech cue before it ("Those held face a “range of …”, the DOJ said";
  // "According to X, these schemes “are …”"), two words of the writer's make it part of a paraphrase.
  // A promise verb takes its words as they were said ("promised to conduct “…”").
  if (cueEnd < 0)
    return (
      afterVerb &&
      !index.cues.has(Cue.fragment, before.start, before.end) &&
      countWords(slice.replace(/^.*,/su, ''), 2) >= 2
    );
  return countWords(slice.slice(cueEnd), 2) >= 2;
}

/** Whether a speech verb with its speaker stands earlier in the quote's sentence. */
function attributedBefore(before: Span, { index, tools }: QuoteContext): boolean {
  return index.cues
    .verbs(before.start, before.end)
    .some((match) => speakerBefore(index, before.start, match.start, tools) !== null);
}
