import type { Nodes, PhrasingContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { parse as parseYaml } from 'yaml';
import { InputError, type DocumentHints } from '../core/index.js';
import { decodeBytes } from './decode-bytes.js';
import type { ReadResult, Reader } from './reader.js';

/** A block of the text a Markdown file shows once rendered: a heading, a paragraph or a list item. */
interface MarkdownBlock {
  readonly text: string;
  readonly item: boolean;
  /** The heading's level (1 for `#`), 0 for other blocks. */
  readonly depth: number;
}

// A YAML front matter block opens the file between two `---` lines (Jekyll, Hugo, Pandoc).
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * Markdown: the text the file shows once rendered, block by block as for HTML — headings,
 * paragraphs and list items, with the markup of emphasis, links, lists and headings removed — so
 * every span points at words a reader saw. The first `#` heading is the title; YAML front matter
 * gives title, author and date when it states them. Raw HTML, images and link targets are dropped.
 */
export const markdownReader = {
  format: 'markdown',
  extensions: ['.md', '.markdown'],
  read(bytes: Uint8Array, input: string): ReadResult {
    const decoded = decodeBytes(bytes, input);
    const frontMatter = FRONT_MATTER.exec(decoded.text);
    const body = frontMatter ? decoded.text.slice(frontMatter[0].length) : decoded.text;
    const depth = deepestContainerRun(body);
    if (depth > MAX_MARKDOWN_DEPTH) {
      throw new InputError(
        input,
        `Markdown nests quotes and lists ${depth.toLocaleString('en-US')} deep (limit ${MAX_MARKDOWN_DEPTH}); refusing to parse it`,
      );
    }
    const blocks = collectMarkdownBlocks(body);
    let text = '';
    blocks.forEach((block, i) => {
      if (i > 0) text += block.item && blocks[i - 1]!.item ? '\n' : '\n\n';
      text += block.text;
    });
    if (!text.trim()) throw new InputError(input, 'has no text once its Markdown markup is removed');
    const stated = frontMatter ? readFrontMatter(frontMatter[1]!) : {};
    const heading = blocks.find((block) => block.depth === 1)?.text ?? null;
    const title = stated.title ?? heading;
    const hints: DocumentHints = {
      title,
      ...(stated.published ? { published: stated.published } : {}),
      ...(stated.authors?.length ? { authors: stated.authors } : {}),
      sources: {
        title: stated.title ? 'front matter title' : heading ? 'markdown heading' : null,
        ...(stated.published ? { published: 'front matter date' } : {}),
        ...(stated.authors?.length ? { authors: 'front matter author' } : {}),
      },
    };
    return { text, format: 'markdown', encoding: decoded.encoding, hints, warnings: decoded.warnings };
  },
} satisfies Reader;

// The parser's cost grows with the square of how deep blocks nest, and the walk below recurses:
// no document nests quotes and lists this deep.
const MAX_MARKDOWN_DEPTH = 100;
const CONTAINER_MARKER = /[ \t]*(?:>|[*+-](?=[ \t])|\d{1,9}[.)](?=[ \t]))/y;

/** The most quote and list markers that open any one line ("> > - 1. text" is 4), in one scan. */
function deepestContainerRun(markdown: string): number {
  let deepest = 0;
  for (let lineStart = 0; lineStart < markdown.length;) {
    let depth = 0;
    CONTAINER_MARKER.lastIndex = lineStart;
    for (let marker = CONTAINER_MARKER.exec(markdown); marker; marker = CONTAINER_MARKER.exec(markdown)) depth++;
    deepest = Math.max(deepest, depth);
    const newline = markdown.indexOf('\n', lineStart);
    lineStart = newline < 0 ? markdown.length : newline + 1;
  }
  return deepest;
}

/** The blocks of a Markdown text in reading order, each with its inline markup removed. */
export function collectMarkdownBlocks(markdown: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  const push = (raw: string, item: boolean, depth: number) => {
    // A hard break starts a line of its own, as `<br>` does in the HTML reader; other runs of space collapse.
    for (const line of raw.split('\n')) {
      const text = line.replace(/[ \t\r\f\u00a0]+/g, ' ').trim();
      if (text) blocks.push({ text, item, depth });
    }
  };
  const walk = (node: Nodes, item: boolean) => {
    switch (node.type) {
      case 'heading':
        push(inline(node.children), false, node.depth);
        return;
      case 'paragraph':
        push(inline(node.children), item, 0);
        return;
      case 'code':
        push(node.value, item, 0);
        return;
      case 'list':
        for (const child of node.children) walk(child, true);
        return;
      case 'root':
      case 'blockquote':
      case 'listItem':
        for (const child of node.children) walk(child, item || node.type === 'listItem');
        return;
      default:
        // Raw HTML, thematic breaks, link definitions and the like show no text of their own.
        return;
    }
  };
  walk(fromMarkdown(markdown), false);
  return blocks;
}

/** The text of inline content as rendered: emphasis and links keep their words, images and raw HTML go. */
function inline(nodes: readonly PhrasingContent[]): string {
  let text = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        // A soft line break inside a paragraph renders as a space.
        text += node.value.replace(/[ \t]*\r?\n[ \t]*/g, ' ');
        break;
      case 'inlineCode':
        text += node.value;
        break;
      case 'break':
        text += '\n';
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'link':
      case 'linkReference':
        text += inline(node.children);
        break;
      default:
        break;
    }
  }
  return text;
}

/** Title, date and authors a YAML front matter states; nothing when it does not parse. */
function readFrontMatter(yaml: string): { title?: string; published?: string; authors?: string[] } {
  let data: unknown;
  try {
    data = parseYaml(yaml);
  } catch {
    // A front matter that is not YAML is only a block of text to skip; the document itself is fine.
    return {};
  }
  if (!data || typeof data !== 'object') return {};
  const fields = data as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  const date = fields.date ?? fields.published;
  const published = date instanceof Date ? date.toISOString().slice(0, 10) : text(date);
  const author = fields.authors ?? fields.author;
  const authors = (Array.isArray(author) ? author : [author]).map(text).filter((a): a is string => a !== undefined);
  const title = text(fields.title);
  return { ...(title ? { title } : {}), ...(published ? { published } : {}), ...(authors.length ? { authors } : {}) };
}
