/**
 * Writes small PDFs for tests, by hand: text lines placed at given points in Helvetica
 * (WinAnsiEncoding, so Spanish accents work), an Info dictionary, and pages with no text at all
 * (a drawn picture), as a scanned page is. Enough PDF syntax for a reader, and nothing more.
 */

/** One line of text placed on a page: `x`, `y` in points from the bottom left. */
export interface PdfLine {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  /** Font size in points; default 11. */
  readonly size?: number;
}

/** One page: its lines, or `image: true` for a page that only draws (no text layer). */
export interface PdfPage {
  readonly lines?: readonly PdfLine[];
  readonly image?: boolean;
}

/** The Info dictionary's fields (strings as written, dates as `D:YYYYMMDDHHmmSS…`). */
export interface PdfInfo {
  readonly Title?: string;
  readonly Author?: string;
  readonly CreationDate?: string;
}

/** A4-ish page size used by every page, in points. */
export const PAGE = { width: 595, height: 842 } as const;

const escape = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`);

// WinAnsiEncoding puts curly quotes and dashes in 0x80–0x9F; elsewhere it is Latin-1.
const WIN_ANSI_HIGH: Readonly<Record<string, number>> = {
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '—': 0x97,
  '…': 0x85,
  '€': 0x80,
};

/** The text as WinAnsiEncoding bytes, written one byte a character (the file is Latin-1). */
function winAnsi(text: string): string {
  return escape(
    Array.from(text, (c) =>
      String.fromCharCode(WIN_ANSI_HIGH[c] ?? (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)),
    ).join(''),
  );
}

function pageContent(page: PdfPage): string {
  if (page.image) {
    // A grey picture drawn with paths: what a scanned page looks like to a text extractor.
    let drawing = '0.6 g\n';
    for (let row = 0; row < 40; row++)
      drawing += `${50 + (row % 7) * 3} ${780 - row * 18} ${400 - (row % 5) * 40} 9 re f\n`;
    return drawing;
  }
  return (page.lines ?? [])
    .map((line) => `BT /F1 ${line.size ?? 11} Tf ${line.x} ${line.y} Td (${winAnsi(line.text)}) Tj ET`)
    .join('\n');
}

/** Builds the bytes of a PDF with the given pages and metadata. */
export function makePdf(pages: readonly PdfPage[], info: PdfInfo = {}): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  const catalog = add('');
  const pagesId = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const page of pages) {
    const content = pageContent(page);
    const stream = add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${stream} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R >>`;
  objects[pagesId - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const fields = Object.entries(info).map(([key, value]) => `/${key} (${winAnsi(value as string)})`);
  const infoId = fields.length ? add(`<< ${fields.join(' ')} >>`) : null;

  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${infoId ? ` /Info ${infoId} 0 R` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/**
 * Lays paragraphs out as lines of at most `width` characters from the top of a column, with a
 * blank line's gap between paragraphs; returns the lines and the y where the next text would go.
 */
export function layColumn(
  paragraphs: readonly string[],
  x: number,
  top: number,
  width = 90,
  size = 11,
): { lines: PdfLine[]; bottom: number } {
  const lines: PdfLine[] = [];
  let y = top;
  for (const paragraph of paragraphs) {
    let current = '';
    for (const word of paragraph.split(/\s+/)) {
      if (current && current.length + 1 + word.length > width) {
        lines.push({ x, y, text: current, size });
        y -= size * 1.3;
        current = word;
      } else current = current ? `${current} ${word}` : word;
    }
    if (current) lines.push({ x, y, text: current, size });
    y -= size * 1.3 * 2;
  }
  return { lines, bottom: y };
}
