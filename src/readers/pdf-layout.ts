/**
 * Puts the text pieces of a PDF page in reading order and into paragraphs. A PDF says where each
 * piece of text is drawn, not in what order it is read: pieces are grouped into rows by baseline,
 * rows are cut into segments at wide gaps, and where several rows have a gap at the same place the
 * page has columns, read one after the other between the full-width lines (titles, a standfirst)
 * that cross the gutter. Columns inside a column are found the same way, once more.
 */

/** A piece of text as a PDF draws it: baseline origin (`x`, `y` from the bottom), width and font size. */
export interface PdfTextItem {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

/** A stretch of one row that has no wide gap: one line of one column. */
export interface PdfLine {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  readonly size: number;
}

/** A paragraph of a page: its lines, and their text joined. */
export interface PdfParagraph {
  readonly text: string;
  readonly lines: readonly PdfLine[];
}

/** Horizontal gap, in font sizes, that separates two segments of a row (columns, table cells). */
const SEGMENT_GAP = 1.5;
/** Rows that must share a gap at one place for it to be a gutter. */
const GUTTER_ROWS = 3;
/** Characters a column's lines hold on average at least: a table's short cells are not columns. */
const COLUMN_CHARACTERS = 15;

/** Groups a page's items into lines: rows by baseline, cut at wide gaps. */
export function linesOf(items: readonly PdfTextItem[]): PdfLine[] {
  const sorted = items.filter((item) => item.text.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfTextItem[][] = [];
  for (const item of sorted) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0]!.y - item.y) <= Math.max(row[0]!.size, item.size) * 0.4) row.push(item);
    else rows.push([item]);
  }
  const lines: PdfLine[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let current: PdfTextItem[] = [];
    const flush = () => {
      if (current.length) lines.push(lineOf(current));
      current = [];
    };
    for (const item of row) {
      const last = current.at(-1);
      if (last && item.x - (last.x + last.width) > SEGMENT_GAP * Math.max(last.size, item.size)) flush();
      current.push(item);
    }
    flush();
  }
  return lines;
}

function lineOf(items: readonly PdfTextItem[]): PdfLine {
  let text = '';
  let end = -Infinity;
  for (const item of items) {
    // Words drawn apart without a space between them still read as two words.
    if (text && item.x - end > item.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(item.text)) text += ' ';
    text += item.text;
    end = item.x + item.width;
  }
  const first = items[0]!;
  const size = Math.max(...items.map((item) => item.size));
  return { text: text.replace(/\s+/g, ' ').trim(), x0: first.x, x1: end, y: first.y, size };
}

/** The lines of a page in reading order: columns one after another, full-width lines between them. */
export function readingOrder(lines: readonly PdfLine[], depth = 0): PdfLine[] {
  const byRow = [...lines].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const gutter = depth < 2 ? findGutter(byRow) : null;
  if (gutter === null) return byRow;
  const ordered: PdfLine[] = [];
  let left: PdfLine[] = [];
  let right: PdfLine[] = [];
  const flush = () => {
    ordered.push(...readingOrder(left, depth + 1), ...readingOrder(right, depth + 1));
    left = [];
    right = [];
  };
  for (const line of byRow) {
    if (line.x1 <= gutter) left.push(line);
    else if (line.x0 >= gutter) right.push(line);
    else {
      // A line across the gutter (a title, a standfirst) ends the columns above it.
      flush();
      ordered.push(line);
    }
  }
  flush();
  return ordered;
}

/**
 * The x of a gutter: a place that at least three rows leave empty between two of their lines, with
 * prose on both sides. Null when the lines form one column.
 */
function findGutter(lines: readonly PdfLine[]): number | null {
  const gaps: Array<readonly [number, number]> = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const [a, b] = [lines[i]!, lines[i + 1]!];
    if (Math.abs(a.y - b.y) <= Math.max(a.size, b.size) * 0.4 && b.x0 > a.x1) gaps.push([a.x1, b.x0]);
  }
  if (gaps.length < GUTTER_ROWS) return null;
  // The place most gaps cover: sweep their ends.
  const ends = gaps
    .flatMap(
      ([from, to]) =>
        [
          [from, 1],
          [to, -1],
        ] as const,
    )
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let open = 0;
  let best = 0;
  let at: number | null = null;
  for (const [x, change] of ends) {
    open += change;
    if (open > best) {
      best = open;
      at = x;
    }
  }
  if (at === null || best < GUTTER_ROWS) return null;
  // The middle of the gap the gutter lies in, so that ragged line ends fall on their side.
  const covering = gaps.filter(([from, to]) => from <= at! && at! < to);
  const gutter = (Math.max(...covering.map(([from]) => from)) + Math.min(...covering.map(([, to]) => to))) / 2;
  const sides = [lines.filter((line) => line.x1 <= gutter), lines.filter((line) => line.x0 >= gutter)];
  const prose = sides.every(
    (side) =>
      side.length >= GUTTER_ROWS &&
      side.reduce((sum, line) => sum + line.text.length, 0) / side.length >= COLUMN_CHARACTERS,
  );
  return prose ? gutter : null;
}

const SENTENCE_END = /[.!?:;"'”’»)]$/u;

/**
 * Joins lines in reading order into paragraphs. A new paragraph starts where the next line jumps
 * up (a new column), leaves more than one and a half lines' space, changes font size (a heading),
 * or follows a short line that ends a sentence.
 */
export function paragraphsOf(lines: readonly PdfLine[]): PdfParagraph[] {
  const spacings = lines
    .slice(1)
    .map((line, i) => lines[i]!.y - line.y)
    .filter((gap) => gap > 0)
    .sort((a, b) => a - b);
  // The lower median: headings and paragraph gaps are wider than the spacing of lines, never narrower.
  const spacing = spacings[(spacings.length - 1) >> 1] ?? 0;
  const widest = Math.max(0, ...lines.map((line) => line.x1 - line.x0));
  const paragraphs: PdfLine[][] = [];
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    const current = paragraphs.at(-1);
    const gap = previous ? previous.y - line.y : 0;
    const breaks =
      !previous ||
      !current ||
      gap <= 0 ||
      gap > Math.max(spacing, previous.size) * 1.5 ||
      Math.abs(line.size - previous.size) > 0.5 ||
      (SENTENCE_END.test(previous.text) && previous.x1 - previous.x0 < widest * 0.7);
    if (breaks) paragraphs.push([line]);
    else current.push(line);
  });
  return paragraphs.map((group) => ({ text: joinLines(group.map((line) => line.text)), lines: group }));
}

/** Joins a paragraph's lines with spaces; a word hyphenated at a line's end is made whole again. */
export function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) {
    if (!text) text = line;
    // "coope-" + "ración": a hyphen before a lower-case continuation breaks one word.
    else if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line)) text = text.slice(0, -1) + line;
    else text += /-$/.test(text) ? line : ` ${line}`;
  }
  return text;
}
