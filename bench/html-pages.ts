/**
 * Scores our HTML reader and clean stage against Readability's own extraction of real pages
 * (../shared/html-pages: each page's source, the article Readability extracts and the metadata it
 * reads). The pages belong to their publishers and are read from there, never stored in the repo.
 * Body: token F1 of our paragraphs against the expected article's text, its title removed (bag of
 * lower-cased words; our paragraphs stay apart, Readability's glue together, so words, not
 * characters, are compared). Title, authors and published date: agreement on the pages that state them.
 * Run `node dist/bench/html-pages.js [--verbose]` after `npm run build`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { SourceDocument } from '../src/core/index.js';
import { clean } from '../src/pipeline/stages/clean/index.js';
import { defaultReadLimits } from '../src/readers/index.js';
import { htmlReader } from '../src/readers/html.reader.js';
import { defaultSettings } from '../src/core/index.js';
import { documentIdOf } from '../src/text/document-id.js';
import { bylineCorrections, type BylineCorrection } from './html-pages-bylines.js';

/** What Readability's metadata says of a page. */
interface ExpectedMetadata {
  readonly title?: string | null;
  readonly byline?: string | null;
  readonly publishedTime?: string | null;
}

/** One page's scores; agreement fields are null when the page does not state the field. */
export interface PageScore {
  readonly page: string;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly title: boolean | null;
  readonly authors: boolean | null;
  readonly published: boolean | null;
  readonly ours: {
    readonly title: string | null;
    readonly authors: readonly string[];
    readonly published: string | null;
  };
  readonly expected: ExpectedMetadata;
  readonly error?: string;
}

/** Averages over all pages. */
export interface HtmlPagesSummary {
  readonly pages: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly title: { readonly right: number; readonly of: number };
  readonly authors: { readonly right: number; readonly of: number };
  /** Authors on the pages whose byline names someone: a date line taken for the byline left out. */
  readonly authorsNamed: { readonly right: number; readonly of: number };
  /** Authors against the bylines with Readability's wrong ones corrected (html-pages-bylines.json). */
  readonly authorsCorrected: { readonly right: number; readonly of: number };
  readonly published: { readonly right: number; readonly of: number };
}

const fold = (value: string) =>
  value
    .normalize('NFKC')
    .replace(/[‘’‚′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐-―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const tokensOf = (value: string) => value.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function tokenScores(
  ours: readonly string[],
  expected: readonly string[],
): { precision: number; recall: number; f1: number } {
  const counts = new Map<string, number>();
  for (const token of expected) counts.set(token, (counts.get(token) ?? 0) + 1);
  let common = 0;
  for (const token of ours) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      common++;
      counts.set(token, left - 1);
    }
  }
  if (!ours.length && !expected.length) return { precision: 1, recall: 1, f1: 1 };
  const precision = ours.length ? common / ours.length : 0;
  const recall = expected.length ? common / expected.length : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** The expected article's text without its title heading, which is metadata, not body. */
function expectedText(html: string, title: string | null): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  if (title) {
    for (const heading of Array.from(document.querySelectorAll('h1, h2, h3'))) {
      if (fold(heading.textContent ?? '') === fold(title)) heading.remove();
    }
  }
  return document.body.textContent ?? '';
}

/**
 * Whether our title is the expected one, or the expected one with the site's name beside it: ours
 * cuts "… | Site" and Readability sometimes keeps it. The part left out must be a site's name in
 * shape (six words at most) and no longer than ours in words or in characters, so that a site's name taken for the headline
 * ("V8" out of "Some headline · V8") is a miss.
 */
function sameTitle(ours: string | null, expected: string): boolean {
  if (ours === null) return false;
  const [a, b] = [fold(ours), fold(expected)];
  if (a === b) return true;
  const siteAround = new RegExp(
    `^(?:(.{1,60}?)\\s*(?:[|\\-–—·»:_]|::)\\s*)?${a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s*(?:[|\\-–—·»_]|::)\\s*(.{1,60}))?$`,
    'u',
  );
  const match = siteAround.exec(b);
  return (
    match !== null &&
    (match[1] !== undefined || match[2] !== undefined) &&
    [match[1], match[2]].every(
      (rest) =>
        rest === undefined ||
        (rest.split(' ').length <= 6 && (rest.split(' ').length <= a.split(' ').length || rest.length <= a.length)),
    )
  );
}

/** Whether our authors say what the byline says: every name of ours in it, and its names in ours. */
function sameAuthors(ours: readonly string[], byline: string): boolean {
  if (!ours.length) return false;
  const expected = fold(byline).replace(/^(?:by|por)\s+/, '');
  const joined = fold(ours.join(' and '));
  return ours.every((name) => expected.includes(fold(name))) || joined.includes(expected);
}

/**
 * Whether a byline is a date line ("May 14, 2026 at 9:10 am", "Last Updated: 14 May 2026"):
 * it starts with a date, a label before it at most. Readability takes such a line for the byline
 * on some pages; it names no author, so those pages are counted apart from the ones that name one.
 */
export function isDateLine(byline: string): boolean {
  return /^\s*(?:[^:\d]{1,30}:\s*)?(?:\p{L}+\.?\s+)?\d{1,4}(?:[\s,./-]|$)/u.test(byline);
}

const correctionsByPage: ReadonlyMap<string, BylineCorrection> = new Map(bylineCorrections.map((c) => [c.page, c]));

/**
 * Agreement with the article's byline: Readability's, or the corrected one where it reads another
 * story's byline, a date line or a button (null when the page names nobody). A correction applies
 * only while Readability still says what it was written against.
 */
function correctedAuthors(p: PageScore): boolean | null {
  const correction = correctionsByPage.get(p.page);
  if (!correction || correction.readability !== p.expected.byline) return p.authors;
  if (correction.article === null) return p.ours.authors.length ? false : null;
  return sameAuthors(p.ours.authors, correction.article);
}

/** Scores one page folder. */
export function scorePage(folder: string): PageScore {
  const page = folder.split('/').at(-1)!;
  const expected = JSON.parse(readFileSync(join(folder, 'expected-metadata.json'), 'utf8')) as ExpectedMetadata;
  const wanted = tokensOf(expectedText(readFileSync(join(folder, 'expected.html'), 'utf8'), expected.title ?? null));
  const agreement = (stated: string | null | undefined, agree: () => boolean) => (stated ? agree() : null);
  try {
    const read = htmlReader.read(readFileSync(join(folder, 'source.html')), page, defaultReadLimits);
    const document: SourceDocument = {
      id: documentIdOf(read.text),
      text: read.text,
      format: 'html',
      encoding: read.encoding,
      hints: read.hints,
      source: { name: page },
    };
    const layer = clean.run({ document, settings: defaultSettings }, { warn() {}, info() {} });
    const body = layer.paragraphs.map((p) => read.text.slice(p.start, p.end)).join('\n\n');
    const ours = {
      title: layer.title?.value ?? null,
      authors: layer.authors.map((a) => a.value),
      published: layer.published?.value ?? null,
    };
    return {
      page,
      ...tokenScores(tokensOf(body), wanted),
      title: agreement(expected.title, () => sameTitle(ours.title, expected.title!)),
      authors: agreement(expected.byline, () => sameAuthors(ours.authors, expected.byline!)),
      published: agreement(expected.publishedTime, () => ours.published === expected.publishedTime!.slice(0, 10)),
      ours,
      expected,
    };
  } catch (error) {
    const ours = { title: null, authors: [], published: null };
    const none = (stated: string | null | undefined) => (stated ? false : null);
    return {
      page,
      precision: 0,
      recall: 0,
      f1: 0,
      title: none(expected.title),
      authors: none(expected.byline),
      published: none(expected.publishedTime),
      ours,
      expected,
      error: String(error),
    };
  }
}

/** Scores every page folder under `dir`. */
export function scoreHtmlPages(dir: string): { summary: HtmlPagesSummary; pages: PageScore[] } {
  const pages = readdirSync(dir)
    .sort()
    .map((name) => join(dir, name))
    .filter((folder) => existsSync(join(folder, 'expected.html')))
    .map(scorePage);
  const mean = (pick: (p: PageScore) => number) =>
    pages.reduce((sum, p) => sum + pick(p), 0) / Math.max(1, pages.length);
  const count = (pick: (p: PageScore) => boolean | null) => ({
    right: pages.filter((p) => pick(p) === true).length,
    of: pages.filter((p) => pick(p) !== null).length,
  });
  return {
    summary: {
      pages: pages.length,
      precision: mean((p) => p.precision),
      recall: mean((p) => p.recall),
      f1: mean((p) => p.f1),
      title: count((p) => p.title),
      authors: count((p) => p.authors),
      authorsNamed: count((p) => (p.expected.byline && isDateLine(p.expected.byline) ? null : p.authors)),
      authorsCorrected: count(correctedAuthors),
      published: count((p) => p.published),
    },
    pages,
  };
}

if (process.argv[1]?.endsWith('html-pages.js')) {
  const dir = process.env.PUENTE_HTML_PAGES ?? join(process.cwd(), '..', 'shared', 'html-pages', 'pages');
  if (!existsSync(dir)) {
    console.log(`no HTML pages in ${dir}`);
    process.exit(0);
  }
  const { summary, pages } = scoreHtmlPages(dir);
  const ratio = ({ right, of }: { right: number; of: number }) =>
    `${(right / Math.max(1, of)).toFixed(3)} (${right}/${of})`;
  if (process.argv.includes('--verbose')) {
    for (const p of pages) {
      const marks = [
        p.title === false ? `title: ${p.ours.title} ≠ ${p.expected.title}` : '',
        p.authors === false ? `authors: ${p.ours.authors.join('; ')} ≠ ${p.expected.byline}` : '',
        p.published === false ? `published: ${p.ours.published} ≠ ${p.expected.publishedTime}` : '',
      ].filter(Boolean);
      console.log(
        `${p.page.padEnd(40)} F1 ${p.f1.toFixed(3)} P ${p.precision.toFixed(3)} R ${p.recall.toFixed(3)}${p.error ? ` ERROR ${p.error}` : ''}${marks.length ? `\n    ${marks.join('\n    ')}` : ''}`,
      );
    }
  }
  console.log(
    `pages ${summary.pages} | body token F1 ${summary.f1.toFixed(3)} (P ${summary.precision.toFixed(3)} R ${summary.recall.toFixed(3)}) | title ${ratio(summary.title)} | authors ${ratio(summary.authors)}, of bylines that name someone ${ratio(summary.authorsNamed)}, against corrected bylines ${ratio(summary.authorsCorrected)} | published ${ratio(summary.published)}`,
  );
}
