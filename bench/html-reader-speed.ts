/**
 * The HTML reader's cost beside Readability over linkedom alone, on the same real pages
 * (../shared/html-pages, read from there and never stored here): our reader decodes, parses,
 * collects the visible text block by block and runs Readability, so its cost over the library's is
 * what our own reading adds. Prints MB/s for both and their ratio; nothing when the pages are absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { defaultReadLimits } from '../src/readers/index.js';
import { htmlReader } from '../src/readers/html.reader.js';

/** Times both readers over the pages, `rounds` times each after one untimed round; null without pages. */
export function benchHtmlReader(dir: string, rounds = 3): { megabytes: number; oursMs: number; libraryMs: number } | null {
  if (!existsSync(dir)) return null;
  const pages = readdirSync(dir).sort().map((name) => join(dir, name, 'source.html')).filter(existsSync).map((path) => readFileSync(path));
  const megabytes = pages.reduce((sum, bytes) => sum + bytes.length, 0) / 1024 / 1024;
  const ours = () => {
    for (const bytes of pages) {
      try {
        htmlReader.read(bytes, 'page.html', defaultReadLimits);
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
  const time = (run: () => void) => {
    run();
    const took: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const began = performance.now();
      run();
      took.push(performance.now() - began);
    }
    return took.sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
  };
  return { megabytes, libraryMs: time(library), oursMs: time(ours) };
}

if (process.argv[1]?.endsWith('html-reader-speed.js')) {
  const result = benchHtmlReader(process.env.PUENTE_HTML_PAGES ?? join(process.cwd(), '..', 'shared', 'html-pages', 'pages'));
  if (!result) console.log('html reader: no pages in ../shared/html-pages');
  else {
    const rate = (ms: number) => ((result.megabytes * 1000) / ms).toFixed(2);
    console.log(`html reader: ${result.megabytes.toFixed(1)} MB of real pages, ours ${rate(result.oursMs)} MB/s, Readability over linkedom alone ${rate(result.libraryMs)} MB/s (ours costs ${(result.oursMs / result.libraryMs).toFixed(2)}×)`);
  }
}
