import { InputError } from '../core/index.js';

// Elements whose content is never article text; removed before parsing so that a page with
// megabytes of script costs one linear scan, not a DOM.
const INERT_BLOCKS = /<(script|style|noscript|template|svg)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'command']);
// Elements whose end tag HTML lets authors omit; counting them would overstate the depth.
const IMPLIED_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt', 'rp', 'html', 'head', 'body']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*?(\/?)>/g;

/** Removes script, style and comments; says how many characters went. */
export function stripInertMarkup(html: string): { html: string; removed: number } {
  let removed = 0;
  const stripped = html.replace(INERT_BLOCKS, (match) => {
    removed += match.length;
    return ' ';
  });
  return { html: stripped, removed };
}

/** Refuses HTML nested deeper than the limit, before any parser (and its recursion) sees it. */
export function assertNestingWithin(html: string, maxDepth: number, input: string): void {
  let depth = 0;
  let deepest = 0;
  for (const match of html.matchAll(TAG)) {
    const name = match[2]!.toLowerCase();
    if (VOID.has(name) || IMPLIED_END.has(name) || match[3] === '/') continue;
    if (match[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > deepest) deepest = depth;
  }
  if (deepest > maxDepth) {
    throw new InputError(input, `HTML nests elements ${deepest.toLocaleString('en-US')} deep (limit ${maxDepth.toLocaleString('en-US')}); refusing to parse it`);
  }
}

/** The charset a page declares in its first bytes (`<meta charset>` or http-equiv), if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1] ?? null;
}
