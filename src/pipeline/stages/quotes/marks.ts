import type { Span } from '../../../core/index.js';

/** Text between quotation marks (or after a dialogue dash), with where its marks stand. */
export interface QuotedPiece extends Span {
  /** Offset of the opening mark (or dash). */
  readonly open: number;
  /** Offset just past the closing mark, or the paragraph's end when the quote runs on. */
  readonly close: number;
  readonly paragraph: number;
  /** False when the paragraph ends inside the quote (it may run on into the next paragraph). */
  readonly closed: boolean;
  /** Whether the next paragraph opens with a quotation mark that continues this quote. */
  continues: boolean;
}

const OPENERS: Readonly<Record<string, string>> = { '“': '”', '«': '»', '„': '”', '‘': '’', '"': '"' };
const MARKS = /[“”«»„‘’"]/gu;
const DASHES = /^[—–―]\s*(?=\S)/u;
// A dialogue dash inside the paragraph that opens the narrator's words: " —dijo la presidenta".
const INCISO = /\s[—–―]\s?(?=\p{Ll})/gu;
const END_INCISO = /[—–―]|(?<=[.!?])\s|$/u;

function trimmed(text: string, start: number, end: number): Span {
  while (start < end && /[\s]/u.test(text[start]!)) start++;
  while (end > start && /[\s,;:]/u.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Whether a straight or single mark at `i` can open a quote: at the start or after a space or bracket. */
function canOpen(text: string, i: number, from: number): boolean {
  const before = i > from ? text[i - 1]! : ' ';
  const after = text[i + 1] ?? ' ';
  return /[\s([{—–\-/“«]/u.test(before) && !/\s/u.test(after);
}

/** Whether a mark at `i` can close a quote: not followed by a letter (an apostrophe is). */
function canClose(text: string, i: number): boolean {
  return !/[\p{L}\p{N}]/u.test(text[i + 1] ?? ' ');
}

/** Quoted pieces of one paragraph, given the document's marks from index `first`: marks first, then Spanish dialogue dashes. */
function piecesIn(
  text: string,
  paragraph: Span,
  index: number,
  marks: readonly number[],
  first: number,
): QuotedPiece[] {
  const pieces: QuotedPiece[] = [];
  const { start: from, end: to } = paragraph;
  const dash = DASHES.exec(text.slice(from, Math.min(to, from + 8)));
  if (dash) return dialogue(text, paragraph, index, from + dash[0].length);
  let open = -1;
  let closer = '';
  // Jump from mark to mark rather than visiting every character.
  for (let k = first; k < marks.length && marks[k]! < to; k++) {
    const i = marks[k]!;
    const c = text[i]!;
    if (open < 0) {
      const wanted = OPENERS[c];
      if (!wanted) continue;
      if ((c === '"' || c === '‘') && !canOpen(text, i, from)) continue;
      open = i;
      closer = wanted;
    } else if (c === closer && (closer === '”' || closer === '»' || canClose(text, i))) {
      const span = trimmed(text, open + 1, i);
      if (span.end > span.start)
        pieces.push({ ...span, open, close: i + 1, paragraph: index, closed: true, continues: false });
      open = -1;
    }
  }
  if (open >= 0 && closer !== '’') {
    const span = trimmed(text, open + 1, to);
    if (span.end > span.start)
      pieces.push({ ...span, open, close: to, paragraph: index, closed: false, continues: false });
  }
  return pieces;
}

/** "—Vamos a cumplir —dijo la presidenta—. Y lo haremos." → two pieces around the narrator's words. */
function dialogue(text: string, paragraph: Span, index: number, contentStart: number): QuotedPiece[] {
  const pieces: QuotedPiece[] = [];
  let start = contentStart;
  INCISO.lastIndex = 0;
  const body = text.slice(contentStart, paragraph.end);
  let offset = 0;
  while (offset <= body.length) {
    INCISO.lastIndex = offset;
    const inciso = INCISO.exec(body);
    const pieceEnd = inciso ? contentStart + inciso.index : paragraph.end;
    const span = trimmed(text, start, pieceEnd);
    if (span.end > span.start)
      pieces.push({ ...span, open: start - 1, close: pieceEnd, paragraph: index, closed: true, continues: false });
    if (!inciso) break;
    const after = body.slice(inciso.index + inciso[0].length);
    const close = END_INCISO.exec(after.slice(1));
    if (!close || close.index + 1 >= after.length - 1) break;
    const next = inciso.index + inciso[0].length + close.index + 1 + close[0].length;
    // After the narrator's words, only a dash or a new sentence brings the speaker back.
    if (!/[—–―]/u.test(close[0]) && !/^\s*\p{Lu}/u.test(body.slice(next))) break;
    // "—dijo la presidenta—. Y lo haremos": the stop after the closing dash ends the narrator's words.
    start = contentStart + next + (/^[\s.,;:]*/u.exec(body.slice(next))?.[0].length ?? 0);
    offset = next;
  }
  return pieces.filter((piece) => /\p{L}/u.test(text.slice(piece.start, piece.end)));
}

/** Every quoted piece of the body, paragraph by paragraph; a quote left open runs on into a paragraph that opens with a mark. */
export function quotedPieces(text: string, paragraphs: readonly Span[]): QuotedPiece[] {
  // The document's marks, found once: a paragraph without any is not searched to the next mark of the text.
  const marks: number[] = [];
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m !== null; m = MARKS.exec(text)) marks.push(m.index);
  let m = 0;
  const all = paragraphs.flatMap((paragraph, index) => {
    while (m < marks.length && marks[m]! < paragraph.start) m++;
    return piecesIn(text, paragraph, index, marks, m);
  });
  for (let k = 0; k + 1 < all.length; k++) {
    const piece = all[k]!;
    const next = all[k + 1]!;
    if (!piece.closed && next.paragraph === piece.paragraph + 1 && next.open === paragraphs[next.paragraph]!.start)
      piece.continues = true;
  }
  return all;
}
