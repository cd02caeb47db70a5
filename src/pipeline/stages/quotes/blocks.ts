/**
 * Direct speech without quotation marks: transcript turns ("MODERATOR: …", "PRESIDENTA DE MÉXICO,
 * CLAUDIA SHEINBAUM PARDO: …") and statements set out as a block after an attribution that ends in
 * a colon ("As stated by the spokesperson:", "leyendo un comunicado:"). Each is a quoted piece over
 * the rest of its paragraph, so that it goes through the same speaker rules as marked quotes.
 */
import type { Span } from '../../../core/index.js';
import { speechLexicons, type SpeechLexicon } from '../../../lexicons/index.js';
import type { QuoteContext } from './context.js';
import type { QuotedPiece } from './marks.js';
import { Cue } from './speech-tools.js';

// A label of capitals (and the commas, periods and spaces of a name and office) closed by a colon.
const TURN_LABEL = /^([\p{Lu}][\p{Lu}\p{M}\s.,'’-]{0,80}?):\s+(?=\S)/u;
const MARK = /[“”«»"]/u;

let labelWords: ReadonlySet<string> | null = null;
const turnWords = () =>
  (labelWords ??= new Set((Object.values(speechLexicons) as SpeechLexicon[]).flatMap((l) => l.turnLabels)));

/** The label that opens a transcript turn in `paragraph`, or null: it holds a word of turns or a person's name. */
export function turnLabel(paragraph: Span, { text, index }: QuoteContext): Span | null {
  const label = TURN_LABEL.exec(text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 90)));
  if (!label?.[1]) return null;
  const span = { start: paragraph.start, end: paragraph.start + label[1].length };
  const words = label[1].toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.some((w) => turnWords().has(w)) || index.firstSpeakerIn(span)?.kind === 'person' ? span : null;
}

/** Turns and block statements, one piece a line (a paragraph may hold several), in order; lines with quotation marks are left to `quotedPieces`. */
export function blockPieces(ctx: QuoteContext): QuotedPiece[] {
  const { text, paragraphs, excluded, cues } = ctx;
  const pieces: QuotedPiece[] = [];
  let above: Span | null = null;
  paragraphs.forEach((paragraph, k) => {
    for (const line of linesOf(text, paragraph)) {
      const previous = above;
      above = line;
      const body = text.slice(line.start, line.end);
      if (MARK.test(body) || excluded.some((e) => e.start < line.end && line.start < e.end)) continue;
      const label = turnLabel(line, ctx);
      let start = -1;
      if (label) start = line.start + TURN_LABEL.exec(body)![0].length;
      else if (previous) {
        // A statement set out after its attribution: the line above ends in a colon and holds a
        // speech verb or a source ("As stated by …:"), or names a document being read.
        const aboveText = text.slice(previous.start, previous.end);
        if (
          /:\s*$/u.test(aboveText) &&
          !turnLabel(previous, ctx) &&
          (cues.has(Cue.verb | Cue.source, previous.start, previous.end) || ctx.tools.documentMention.test(aboveText))
        )
          start = line.start;
      }
      if (start >= 0)
        pieces.push({
          start,
          end: line.end,
          open: start,
          close: line.end,
          paragraph: k,
          closed: true,
          continues: false,
        });
    }
  });
  return pieces;
}

/** The lines of a paragraph, trimmed, without empty ones. */
function linesOf(text: string, paragraph: Span): Span[] {
  const lines: Span[] = [];
  let start = paragraph.start;
  while (start < paragraph.end) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 || newline > paragraph.end ? paragraph.end : newline;
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    if (e > s) lines.push({ start: s, end: e });
    start = end + 1;
  }
  return lines;
}
