import { Readability } from '@mozilla/readability';
import { InputError, type Span } from '../core/index.js';
import { decodeBytes } from './decode-bytes.js';
import { collectBlocks, type HtmlBlock } from './html-blocks.js';
import { flattenBelow } from './html-flatten.js';
import { bylineNames, readHtmlMetadata } from './html-metadata.js';
import { assertNestingWithin, declaredCharset, parsePage, stripInertMarkup } from './html-safety.js';
import type { Declared, ReadLimits, ReadResult, Reader } from './reader.js';

const fold = (value: string) => value.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * HTML: the page's visible text, block by block, so that every span points at text a reader saw.
 * What the page's structure (nav, footer, aside) or Readability puts outside the article is passed
 * on as `hints.outside`; the clean stage turns it into chrome.
 */
export const htmlReader = {
  format: 'html',
  extensions: ['.html', '.htm', '.xhtml'],
  read(bytes: Uint8Array, input: string, limits: ReadLimits, declared?: Declared): ReadResult {
    const decoded = decodeBytes(bytes, input, declared?.charset ?? declaredCharset(bytes));
    const warnings = [...decoded.warnings];
    const { html, removed } = stripInertMarkup(decoded.text);
    if (removed > 1024 * 1024)
      warnings.push(`${input}: skipped ${(removed / 1024 / 1024).toFixed(1)} MB of script, style and comments`);
    assertNestingWithin(html, limits.maxHtmlDepth, input);

    const document = parsePage(html);
    const hints = readHtmlMetadata(document, decoded.text);
    // Markup before <head> makes the parser open an empty body first; the page's text is then beside it.
    const root = document.body?.textContent?.trim() ? document.body : document.documentElement;
    if (!root) throw new InputError(input, 'has no HTML body');
    const blocks = collectBlocks(root);
    if (!blocks.length) throw new InputError(input, 'has no visible text');

    flattenBelow(document.documentElement as unknown as Element);
    const article = new Readability<Node>(document as unknown as Document, {
      serializer: (node) => node,
      charThreshold: 200,
    }).parse();
    const contentBlocks = article?.content ? collectBlocks(article.content as Element).map((b) => fold(b.text)) : [];
    const { outside: outsideArticle, first } = judgeBlocks(
      blocks,
      contentBlocks,
      hints.title || article?.title || null,
    );

    let text = '';
    let articleStart: number | null = null;
    const outside: Span[] = [];
    const tableRows: Span[] = [];
    blocks.forEach((block, i) => {
      if (i > 0) text += block.item && blocks[i - 1]!.item ? '\n' : '\n\n';
      const start = text.length;
      if (i === first) articleStart = start;
      text += block.text;
      if (outsideArticle[i]) outside.push({ start, end: text.length });
      else if (block.row) tableRows.push({ start, end: text.length });
    });
    const sources = { ...hints.sources };
    const title = hints.title || article?.title || null;
    if (!hints.title && title) sources.title = 'readability title';
    let authors = hints.authors ?? [];
    if (!authors.length && article?.byline && article.byline.length < 100) {
      // Readability's byline is the text of an element: a date beside the name comes with it, and
      // some are a date line alone.
      authors = bylineNames(article.byline);
      sources.authors = authors.length ? 'readability byline' : null;
    }
    const published = hints.published ?? article?.publishedTime ?? null;
    if (!hints.published && published) sources.published = 'readability';
    return {
      text,
      format: 'html',
      encoding: decoded.encoding,
      hints: { ...hints, title, authors, published, outside, tableRows, articleStart, sources },
      warnings,
    };
  },
} satisfies Reader;

/**
 * Marks the blocks that are not the article: those in furniture regions, and, when Readability found
 * the article, those after its first block that it left out. Blocks before the article stay for the
 * clean stage, since title, byline and dateline sit there and Readability drops them.
 */
function judgeBlocks(
  blocks: readonly HtmlBlock[],
  content: readonly string[],
  title: string | null,
): { outside: boolean[]; first: number } {
  if (!content.length) return { outside: blocks.map((block) => block.region), first: -1 };
  const contentText = content.join('\n');
  const contentSet = new Set(content);
  // Short blocks must match a whole content block: "Share" is inside "shared", but is not the article.
  const inContent = blocks.map((block) => {
    const folded = fold(block.text);
    return (
      contentSet.has(folded) ||
      (folded.length >= 30 && contentText.includes(folded)) ||
      (title !== null && folded === fold(title))
    );
  });
  const first = inContent.findIndex(
    (hit, i) => hit && !blocks[i]!.region && fold(blocks[i]!.text) !== fold(title ?? ''),
  );
  return { outside: blocks.map((block, i) => block.region || (first >= 0 && i > first && !inContent[i])), first };
}
