/**
 * The HTML reader's cost beside Readability over linkedom alone, on the same real pages
 * (../shared/html-pages, read from there and never stored here): our reader decodes, strips inert
 * markup, parses, collects the visible text block by block, reads the metadata and runs Readability,
 * so its cost over the library's is what our own reading adds. The clean stage, which then judges
 * the text line by line, is timed apart. Each figure is the least CPU time (process.cpuUsage: every
 * thread, the collector's too) of several rounds over all pages: on a shared machine, wall time also
 * counts other programs' turns, and the least round is the one least disturbed by them.
 * Prints MB/s for each and the ratio; nothing when the pages are absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { defaultSettings, type SourceDocument } from '../src/core/index.js';
import { clean } from '../src/pipeline/stages/clean/index.js';
import { defaultReadLimits, type ReadResult } from '../src/readers/index.js';
import { htmlReader } from '../src/readers/html.reader.js';

/** CPU milliseconds: the least of `rounds` rounds over all pages, in each of the three runs. */
export interface HtmlReaderTimes {
  readonly megabytes: number;
  readonly pages: number;
  /** Our reader alone (bytes to text and hints). */
  readonly oursMs: number;
  /** Readability over linkedom alone: decode, parse, parse(). */
  readonly libraryMs: number;
  /** The clean stage over our reader's results. */
  readonly cleanMs: number;
}

const cpuMs = (run: () => void) => {
  const began = process.cpuUsage();
  run();
  const took = process.cpuUsage(began);
  return (took.user + took.system) / 1000;
};

/** Times the library, our reader and the clean stage, each once untimed and then `rounds` times; null without pages. */
export function benchHtmlReader(dir: string, rounds = 5): HtmlReaderTimes | null {
  if (!existsSync(dir)) return null;
  const pages = readdirSync(dir)
    .sort()
    .map((name) => join(dir, name, 'source.html'))
    .filter(existsSync)
    .map((path) => readFileSync(path));
  const megabytes = pages.reduce((sum, bytes) => sum + bytes.length, 0) / 1024 / 1024;
  const read: ReadResult[] = [];
  const ours = () => {
    read.length = 0;
    for (const bytes of pages) {
      try {
        read.push(htmlReader.read(bytes, 'page.html', defaultReadLimits));
      } catch {
        // A page our reader refuses still cost its time.
      }
    }
  };
  const library = () => {
    for (const bytes of pages) {
      const { document } = parseHTML(new TextDecoder().decode(bytes));
      new Readability(document as unknown as Document).parse();
    }
  };
  const cleaning = () => {
    for (const result of read) {
      const document: SourceDocument = {
        id: 'page',
        text: result.text,
        format: 'html',
        encoding: result.encoding,
        hints: result.hints,
        source: { name: 'page.html' },
      };
      clean.run({ document, settings: defaultSettings }, { warn() {}, info() {} });
    }
  };
  // Interleaved rounds, so that a busy spell of the machine falls on all three alike.
  const times = { library: [] as number[], ours: [] as number[], clean: [] as number[] };
  library();
  ours();
  cleaning();
  for (let r = 0; r < rounds; r++) {
    times.library.push(cpuMs(library));
    times.ours.push(cpuMs(ours));
    times.clean.push(cpuMs(cleaning));
  }
  return {
    megabytes,
    pages: pages.length,
    libraryMs: Math.min(...times.library),
    oursMs: Math.min(...times.ours),
    cleanMs: Math.min(...times.clean),
  };
}

/** One line for the bench's output. */
export function describeHtmlReaderTimes(times: HtmlReaderTimes): string {
  const rate = (ms: number) => `${((times.megabytes * 1000) / ms).toFixed(2)} MB/s`;
  return (
    `html reader: ${times.pages} real pages, ${times.megabytes.toFixed(1)} MB, least CPU time of the rounds: ` +
    `ours ${rate(times.oursMs)}, Readability over linkedom alone ${rate(times.libraryMs)} (ours costs ${(times.oursMs / times.libraryMs).toFixed(2)}× the library's time); ` +
    `with the clean stage ${rate(times.oursMs + times.cleanMs)} (${((times.oursMs + times.cleanMs) / times.libraryMs).toFixed(2)}×)`
  );
}

if (process.argv[1]?.endsWith('html-reader-speed.js')) {
  const times = benchHtmlReader(
    process.env.PUENTE_HTML_PAGES ?? join(process.cwd(), '..', 'shared', 'html-pages', 'pages'),
    Number(process.env.BENCH_ROUNDS ?? 5),
  );
  console.log(times ? describeHtmlReaderTimes(times) : 'html reader: no pages in ../shared/html-pages');
}
