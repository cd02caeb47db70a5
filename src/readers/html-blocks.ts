/** A block of visible text in a page, in document order. */
export interface HtmlBlock {
  readonly text: string;
  /** List items are joined with a single line break; other blocks with a blank line. */
  readonly item: boolean;
  /** Inside nav, footer, aside or a page-level header: structure says it is not the article. */
  readonly region: boolean;
  readonly heading: boolean;
  /** A table's row: its cells are set apart by bars, as a menu's items are, but it is content. */
  readonly row: boolean;
}

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'canvas',
  'iframe',
  'object',
  'video',
  'audio',
  'select',
  'textarea',
  'input',
  'button',
  'head',
  'img',
  'picture',
  'map',
]);
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tr',
  'ul',
  'caption',
  'body',
  'center',
]);
// Text a page hides with an inline style is no more read than text under `hidden`.
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const REGION_TAGS = new Set(['nav', 'footer', 'aside']);
const REGION_ROLES = new Set(['navigation', 'contentinfo', 'complementary', 'banner', 'search']);

/** Whether an element's text is never read: skipped tags, and what the page hides. */
export function isUnread(element: Element): boolean {
  if (SKIP.has(element.tagName.toLowerCase())) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** Whether a tag opens a block of its own. */
export const isBlockTag = (tag: string): boolean => BLOCK.has(tag);

interface WalkState {
  buffer: string;
  item: boolean;
  heading: boolean;
  row: boolean;
}

/** Collects the visible text of an element as blocks, marking those in furniture regions. */
export function collectBlocks(root: Element): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  const state: WalkState = { buffer: '', item: false, heading: false, row: false };
  const flush = (region: boolean) => {
    for (const piece of state.buffer.split('\n')) {
      const text = piece
        .replace(/[ \t\r\f]+/g, ' ')
        .replace(/(?:\s*\|)+\s*$/, '')
        .trim();
      if (text) blocks.push({ text, item: state.item, region, heading: state.heading, row: state.row });
    }
    state.buffer = '';
  };
  const walk = (node: Node, region: boolean, inArticle: boolean) => {
    if (node.nodeType === 3) {
      state.buffer += (node.textContent ?? '').replace(/[\n\r]+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.tagName.toLowerCase();
    if (isUnread(element)) return;
    if (tag === 'br') {
      state.buffer += '\n';
      return;
    }
    const block = BLOCK.has(tag);
    const role = element.getAttribute('role') ?? '';
    const pageHeader = tag === 'header' && !inArticle && !element.querySelector('h1');
    const inRegion = region || REGION_TAGS.has(tag) || REGION_ROLES.has(role) || pageHeader;
    if (block) flush(region);
    const outer = { item: state.item, heading: state.heading, row: state.row };
    if (block) {
      state.item = tag === 'li' || tag === 'dt' || tag === 'dd';
      state.heading = /^h[1-6]$/.test(tag);
      // A block inside a cell is a layout table's content, not a row of figures.
      state.row = tag === 'tr';
    }
    const childInArticle = inArticle || tag === 'article' || tag === 'main';
    for (const child of Array.from(element.childNodes)) walk(child, inRegion, childInArticle);
    if (block) {
      flush(inRegion);
      state.item = outer.item;
      state.heading = outer.heading;
      state.row = outer.row;
    } else if (tag === 'td' || tag === 'th') state.buffer += ' | ';
  };
  walk(root, false, false);
  flush(false);
  return blocks;
}
