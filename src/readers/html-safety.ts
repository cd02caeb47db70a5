import { parseHTML } from 'linkedom';
import { InputError } from '../core/index.js';

// Elements whose content is never article text; removed before parsing so that a page with
// megabytes of script costs one linear scan, not a DOM.
const INERT_OPENING = /<(script|style|noscript|template|svg)\b|<!--/gi;
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'keygen',
  'command',
]);
// Elements whose end tag HTML lets authors omit; counting them would overstate the depth.
const IMPLIED_END = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'optgroup',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'rb',
  'rt',
  'rp',
  'html',
  'head',
  'body',
]);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*?(\/?)>/g;

/**
 * Removes script, style and comments (each element from its start tag to its first end tag, each
 * comment to its first "-->"); says how many characters went. One left open is kept as it is. Once
 * no end is found after one opening, none is looked for after a later one of its kind: a page of
 * thousands of unclosed "<style" costs one scan, not one per opening.
 */
export function stripInertMarkup(html: string): { html: string; removed: number } {
  let removed = 0;
  let stripped = '';
  let copied = 0;
  const unclosed = new Set<string>();
  INERT_OPENING.lastIndex = 0;
  for (let opening = INERT_OPENING.exec(html); opening; opening = INERT_OPENING.exec(html)) {
    const at = opening.index;
    const name = opening[1]?.toLowerCase() ?? '!--';
    const end = unclosed.has(name) ? -1 : inertEnd(html, at, name);
    if (end < 0) {
      // A later opening of this kind ends its tag no earlier, so its end would be looked for after this one's.
      unclosed.add(name);
      INERT_OPENING.lastIndex = at + 1;
      continue;
    }
    stripped += html.slice(copied, at) + ' ';
    removed += end - at;
    copied = end;
    INERT_OPENING.lastIndex = end;
  }
  return { html: copied ? stripped + html.slice(copied) : html, removed };
}

/** Where the inert block opened at `at` ends (exclusive), or -1 when it is not closed. */
function inertEnd(html: string, at: number, name: string): number {
  if (name === '!--') {
    const close = html.indexOf('-->', at + 4);
    return close < 0 ? -1 : close + 3;
  }
  const tagEnd = html.indexOf('>', at + 1 + name.length);
  if (tagEnd < 0) return -1;
  const closing = new RegExp(`</${name}\\s*>`, 'gi');
  closing.lastIndex = tagEnd + 1;
  const close = closing.exec(html);
  return close ? close.index + close[0].length : -1;
}

/** Refuses HTML nested deeper than the limit, before any parser (and its recursion) sees it. */
export function assertNestingWithin(html: string, maxDepth: number, input: string): void {
  let depth = 0;
  let deepest = 0;
  // A tag needs a ">" after it: past the last one, the pattern would scan to the end from every "<".
  for (const match of html.slice(0, html.lastIndexOf('>') + 1).matchAll(TAG)) {
    const name = match[2]!.toLowerCase();
    if (VOID.has(name) || IMPLIED_END.has(name) || match[3] === '/') continue;
    if (match[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > deepest) deepest = depth;
  }
  if (deepest > maxDepth) {
    throw new InputError(
      input,
      `HTML nests elements ${deepest.toLocaleString('en-US')} deep (limit ${maxDepth.toLocaleString('en-US')}); refusing to parse it`,
    );
  }
}

/** The charset a page declares in its first bytes (`<meta charset>` or http-equiv), if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1] ?? null;
}

/**
 * Parses a page into a DOM. Text with no element at all (plain text saved as .html, a comment and
 * then text) gives the parser no root, so each blank-line-separated paragraph becomes a <p> of a body.
 */
export function parsePage(html: string): ReturnType<typeof parseHTML>['document'] {
  const { document } = parseHTML(html);
  if (document.documentElement) return document;
  const paragraphs = html.split(/\n[ \t]*\n/).filter((paragraph) => paragraph.trim());
  return parseHTML(
    `<!doctype html><html><body>${paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n')}</body></html>`,
  ).document;
}
