import { describe, expect, it } from 'vitest';
import { pageAt } from '../core/index.js';
import { analyzeRead } from '#test/helpers/documents.js';
import { layColumn, makePdf, type PdfLine } from '#test/helpers/make-pdf.js';
import { pdfReader } from './pdf.reader.js';
import { pdfDate } from './pdf-metadata.js';

// ok:     a two-column statement → the left column's paragraphs, then the right column's, each page's text kept apart.
// not-ok: a PDF whose pages are pictures → "scan.pdf: has no text layer …"

const left = [
  'The two delegations met in Monterrey on Thursday to review the security program and agreed to share more data on weapons seized at the border.',
  'Officials said the working groups would report back to their ministers within sixty days, and that a second meeting would follow before the end of the year.',
];
const right = [
  'The foreign ministry said the talks had been frank. “We will keep working with our partners on every commitment,” the minister told reporters after the meeting.',
  'Both sides also asked their customs agencies to compare the records of cargo inspected at the ports of entry.',
];

function twoColumnPdf(): Buffer {
  const header = (page: number): PdfLine[] => [
    { x: 50, y: 815, text: 'Joint Statement on Security Cooperation', size: 9 },
    { x: 290, y: 30, text: String(page), size: 9 },
  ];
  const title: PdfLine = { x: 50, y: 770, text: 'Delegations Review the Security Program in Monterrey', size: 16 };
  const standfirst: PdfLine = {
    x: 50,
    y: 745,
    text: 'Both governments agreed to share data on seized weapons and to meet again before the end of the year',
    size: 10,
  };
  const page1 = [
    ...header(1),
    title,
    standfirst,
    ...layColumn(left, 50, 700, 44).lines,
    ...layColumn(right, 310, 700, 44).lines,
  ];
  const page2 = [
    ...header(2),
    ...layColumn(
      ['A third meeting is planned for the spring, according to the statement released by both governments.'],
      50,
      770,
      90,
    ).lines,
  ];
  return makePdf([{ lines: page1 }, { lines: page2 }], {
    Title: 'Delegations Review the Security Program',
    Author: 'Ana Ruiz; Tom Keller',
    CreationDate: "D:20260514093000-06'00'",
  });
}

describe('pdfReader', () => {
  it('ok: reads two columns one after the other, the title and standfirst first, page numbers and running headers apart', async () => {
    const read = await pdfReader.read(twoColumnPdf(), 'statement.pdf');
    const paragraphs = read.text.split('\n\n');
    const body = paragraphs.filter((p) => !/^(?:Joint Statement on Security Cooperation|\d)$/.test(p));
    expect(body).toEqual([
      'Delegations Review the Security Program in Monterrey',
      'Both governments agreed to share data on seized weapons and to meet again before the end of the year',
      ...left,
      ...right,
      'A third meeting is planned for the spring, according to the statement released by both governments.',
    ]);
    const outside = (read.hints.outside ?? []).map((span) => read.text.slice(span.start, span.end));
    expect(outside).toEqual([
      'Joint Statement on Security Cooperation',
      '1',
      'Joint Statement on Security Cooperation',
      '2',
    ]);
    expect(read.format).toBe('pdf');
    expect(read.warnings).toEqual([]);
  });

  it("keeps each page's stretch of text, so that a span maps to its page", async () => {
    const read = await pdfReader.read(twoColumnPdf(), 'statement.pdf');
    const at = (phrase: string) =>
      pageAt(read.hints.pages, { start: read.text.indexOf(phrase), end: read.text.indexOf(phrase) + phrase.length });
    expect(read.hints.pages?.map((p) => p.page)).toEqual([1, 2]);
    expect(at('We will keep working')).toBe(1);
    expect(at('A third meeting is planned')).toBe(2);
    expect(pageAt(undefined, { start: 0, end: 1 })).toBeNull();
  });

  it('reads title, authors, creation date and where each came from', async () => {
    const read = await pdfReader.read(twoColumnPdf(), 'statement.pdf');
    expect(read.hints).toMatchObject({
      title: 'Delegations Review the Security Program',
      authors: ['Ana Ruiz', 'Tom Keller'],
      published: '2026-05-14',
      publishedSource: 'metadata',
      sources: { title: 'pdf Title', authors: 'pdf Author', published: 'pdf CreationDate' },
    });
  });

  it('reads a Spanish statement: accents, a word hyphenated at a line end, a paragraph running on to the next page', async () => {
    const lines: PdfLine[] = [
      { x: 60, y: 780, text: 'Comunicado conjunto sobre la cooperación en seguridad', size: 15 },
      { x: 60, y: 740, text: 'La Secretaría de Relaciones Exteriores informó que ambos gobiernos acordaron am-' },
      { x: 60, y: 726, text: 'pliar el intercambio de información sobre armas aseguradas en la frontera.' },
      { x: 60, y: 698, text: 'El grupo de implementación se reunirá de nuevo en Ciudad de México, donde revisará' },
      { x: 60, y: 684, text: 'los avances de cada compromiso y' },
    ];
    const next: PdfLine[] = [{ x: 60, y: 780, text: 'presentará un informe a los cancilleres antes de fin de año.' }];
    const read = await pdfReader.read(
      makePdf([{ lines }, { lines: next }], { Title: 'Comunicado conjunto', CreationDate: 'D:20250903' }),
      'comunicado.pdf',
    );
    expect(read.text.split('\n\n')).toEqual([
      'Comunicado conjunto sobre la cooperación en seguridad',
      'La Secretaría de Relaciones Exteriores informó que ambos gobiernos acordaron ampliar el intercambio de información sobre armas aseguradas en la frontera.',
      'El grupo de implementación se reunirá de nuevo en Ciudad de México, donde revisará los avances de cada compromiso y presentará un informe a los cancilleres antes de fin de año.',
    ]);
    expect(read.hints.published).toBe('2025-09-03');
  });

  it('runs through the pipeline: title, body, furniture, publication date from the metadata', async () => {
    const read = await pdfReader.read(twoColumnPdf(), 'statement.pdf');
    const analysis = analyzeRead(read, { path: 'statement.pdf' });
    const { clean } = analysis.layers;
    expect(clean.title?.value).toBe('Delegations Review the Security Program in Monterrey');
    expect(clean.published).toMatchObject({ value: '2026-05-14', source: 'metadata' });
    expect(clean.chrome.map((c) => read.text.slice(c.start, c.end))).toEqual(
      expect.arrayContaining(['Joint Statement on Security Cooperation', '1', '2']),
    );
    const quote = analysis.layers.quotes.find((q) => read.text.slice(q.start, q.end).includes('We will keep working'));
    expect(quote && pageAt(read.hints.pages, quote)).toBe(1);
  });

  it('not-ok: a PDF with no text layer is refused in one line naming the file, and says there is no OCR', async () => {
    await expect(pdfReader.read(makePdf([{ image: true }, { image: true }]), 'scan.pdf')).rejects.toThrow(
      /^scan\.pdf: has no text layer \(2 pages of images, as a scan is\); Puente does not run OCR/,
    );
  });

  it('not-ok: a page without text among pages with text is named in a warning', async () => {
    const read = await pdfReader.read(
      makePdf([{ lines: layColumn(left, 50, 780).lines }, { image: true }]),
      'mixed.pdf',
    );
    expect(read.warnings).toEqual(['mixed.pdf: page 2 has no text layer (scanned?) and was not read']);
  });

  it('not-ok: bytes that are not a PDF are refused with the reason', async () => {
    await expect(pdfReader.read(Buffer.from('%PDF-1.4\nthis is not really a PDF'), 'broken.pdf')).rejects.toThrow(
      /^broken\.pdf: is not a readable PDF/,
    );
  });

  it('dates: a PDF date string or an XMP date, never a malformed one', () => {
    expect(pdfDate("D:20250903101500-06'00'")).toBe('2025-09-03');
    expect(pdfDate('2025-09-03T10:15:00Z')).toBe('2025-09-03');
    expect(pdfDate('D:202509')).toBe('2025-09');
    expect(pdfDate('D:2025')).toBeNull();
    expect(pdfDate('D:20251403')).toBeNull();
  });
});
