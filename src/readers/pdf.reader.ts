import { InputError, type PageSpan, type Span } from '../core/index.js';
import { linesOf, paragraphsOf, readingOrder, type PdfLine, type PdfTextItem } from './pdf-layout.js';
import { readPdfMetadata } from './pdf-metadata.js';
import type { ReadResult, Reader } from './reader.js';

/** A page's first or last line that is only its number: "3", "- 3 -", "Page 3 of 12", "Pág. 3". */
const PAGE_NUMBER =
  /^(?:(?:page|p[aá]gina|p[aá]g\.?|p\.)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|de|\/)\s*\d{1,4})?$/iu;
/** Characters of text a PDF must hold to be read: fewer means its pages are pictures. */
const MIN_TEXT = 20;
const SENTENCE_END = /[.!?"'”’»)]$/u;

/** One page as read: its paragraphs in order, each marked when it is running header or footer. */
interface PageBlocks {
  readonly page: number;
  readonly blocks: Array<{ text: string; furniture: boolean }>;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;
// pdf.js is large: it is loaded the first time a PDF is read, not when Puente starts.
const loadPdfJs = () => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

/**
 * PDF: the text layer, page by page in reading order (columns one after another), with each page's
 * stretch of text kept in `hints.pages` so that evidence can cite its page, running headers, footers
 * and page numbers passed on as `hints.outside`, and title, author, creation date and language from
 * the document's metadata. A PDF without a text layer (a scan) is refused: there is no OCR.
 */
export const pdfReader = {
  format: 'pdf',
  extensions: ['.pdf'],
  async read(bytes: Uint8Array, input: string): Promise<ReadResult> {
    const { getDocument } = await loadPdfJs();
    // A copy: pdf.js may take over the buffer it is given.
    const task = getDocument({
      data: new Uint8Array(bytes),
      verbosity: 0,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
    });
    let pdf;
    try {
      pdf = await task.promise;
    } catch (error) {
      const name = (error as Error).name;
      if (name === 'PasswordException') throw new InputError(input, 'is a password-protected PDF', { cause: error });
      throw new InputError(input, `is not a readable PDF (${(error as Error).message})`, { cause: error });
    }
    try {
      const pages: Array<{ page: number; lines: PdfLine[] }> = [];
      for (let number = 1; number <= pdf.numPages; number++) {
        const page = await pdf.getPage(number);
        const content = await page.getTextContent();
        const items: PdfTextItem[] = [];
        for (const item of content.items) {
          if (!('str' in item) || !item.str) continue;
          const [a, b, , , x, y] = item.transform as number[];
          items.push({
            text: item.str,
            x: x!,
            y: y!,
            width: item.width,
            size: Math.hypot(a!, b!) || item.height || 10,
          });
        }
        pages.push({ page: number, lines: linesOf(items) });
        page.cleanup();
      }
      const characters = pages.reduce(
        (sum, page) => sum + page.lines.reduce((n, line) => n + line.text.replace(/\s/g, '').length, 0),
        0,
      );
      if (characters < MIN_TEXT) {
        throw new InputError(
          input,
          `has no text layer (${pdf.numPages} page${pdf.numPages === 1 ? '' : 's'} of images, as a scan is); Puente does not run OCR, so export the PDF with its text or give the text itself`,
        );
      }
      const warnings: string[] = [];
      const empty = pages.filter((page) => !page.lines.length).map((page) => page.page);
      if (empty.length)
        warnings.push(
          `${input}: page${empty.length === 1 ? '' : 's'} ${empty.join(', ')} ha${empty.length === 1 ? 's' : 've'} no text layer (scanned?) and ${empty.length === 1 ? 'was' : 'were'} not read`,
        );
      const { text, pages: pageSpans, outside } = layOut(blocksOf(pages));
      const metadata = await pdf.getMetadata().catch(() => null);
      const xmp = metadata?.metadata ? new Map(metadata.metadata as unknown as Iterable<[string, unknown]>) : null;
      const hints = readPdfMetadata({ info: (metadata?.info ?? {}) as Record<string, unknown>, xmp });
      return { text, format: 'pdf', encoding: 'pdf', hints: { ...hints, pages: pageSpans, outside }, warnings };
    } finally {
      await pdf.destroy();
    }
  },
} satisfies Reader;

/** Marks running headers and footers: a page's top or bottom line that is its number, or that most pages repeat. */
function blocksOf(pages: ReadonlyArray<{ page: number; lines: readonly PdfLine[] }>): PageBlocks[] {
  const edgesOf = (lines: readonly PdfLine[]) => {
    if (lines.length < 3) return new Set<PdfLine>();
    const top = Math.max(...lines.map((line) => line.y));
    const bottom = Math.min(...lines.map((line) => line.y));
    return new Set(lines.filter((line) => line.y >= top - 1 || line.y <= bottom + 1));
  };
  const edges = pages.map((page) => edgesOf(page.lines));
  // A running header says the same on every page but its page number.
  const shape = (line: PdfLine) => line.text.toLowerCase().replace(/\d+/g, '#');
  const seen = new Map<string, number>();
  for (const pageEdges of edges)
    for (const key of new Set([...pageEdges].map(shape))) seen.set(key, (seen.get(key) ?? 0) + 1);
  const repeated = (line: PdfLine) => pages.length >= 2 && seen.get(shape(line))! >= Math.max(2, pages.length / 2);
  return pages.map((page, i) => {
    const furniture = new Set([...edges[i]!].filter((line) => PAGE_NUMBER.test(line.text) || repeated(line)));
    const ordered = readingOrder(page.lines.filter((line) => !furniture.has(line)));
    const head = [...furniture].filter((line) => line.y > (ordered[0]?.y ?? -Infinity));
    const foot = [...furniture].filter((line) => !head.includes(line));
    return {
      page: page.page,
      blocks: [
        ...head.map((line) => ({ text: line.text, furniture: true })),
        ...paragraphsOf(ordered).map((paragraph) => ({ text: paragraph.text, furniture: false })),
        ...foot.map((line) => ({ text: line.text, furniture: true })),
      ],
    };
  });
}

/**
 * The document's text: blocks set apart by blank lines, each page's stretch recorded. A paragraph
 * that runs on to the next page (no sentence end, the next page going on in lower case) is joined
 * whole, and cited by the page it starts on.
 */
function layOut(pages: readonly PageBlocks[]): { text: string; pages: PageSpan[]; outside: Span[] } {
  const blocks = pages.map((page) => ({ page: page.page, blocks: page.blocks.map((block) => ({ ...block })) }));
  for (let i = 0; i + 1 < blocks.length; i++) {
    const last = blocks[i]!.blocks.findLast((block) => !block.furniture);
    const nextIndex = blocks[i + 1]!.blocks.findIndex((block) => !block.furniture);
    const next = blocks[i + 1]!.blocks[nextIndex];
    if (!last || !next || SENTENCE_END.test(last.text) || !/^\p{Ll}/u.test(next.text)) continue;
    last.text = /\p{L}-$/u.test(last.text) ? last.text.slice(0, -1) + next.text : `${last.text} ${next.text}`;
    blocks[i + 1]!.blocks.splice(nextIndex, 1);
  }
  let text = '';
  const spans: PageSpan[] = [];
  const outside: Span[] = [];
  for (const page of blocks) {
    if (!page.blocks.length) continue;
    if (text) text += '\n\n';
    const start = text.length;
    page.blocks.forEach((block, k) => {
      if (k > 0) text += '\n\n';
      if (block.furniture) outside.push({ start: text.length, end: text.length + block.text.length });
      text += block.text;
    });
    spans.push({ page: page.page, start, end: text.length });
  }
  return { text, pages: spans, outside };
}
