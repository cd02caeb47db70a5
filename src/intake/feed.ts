/**
 * Feeds: RSS 2.0 (and RSS 1.0/RDF), Atom and JSON Feed, read into one shape. XML is parsed with
 * fast-xml-parser (no DOCTYPE or external entity is fetched; entity expansion is bounded).
 */
import { XMLParser } from 'fast-xml-parser';
import { InputError } from '../core/index.js';
import { decodeBytes } from '../readers/decode-bytes.js';
import { countWords } from '../text/normalize.js';
import { feedDate } from './feed-dates.js';

/** Content an item carries: HTML or plain text, as the feed declares it. */
export interface FeedContent {
  readonly format: 'html' | 'text';
  readonly value: string;
}

/** One item (RSS) or entry (Atom, JSON Feed). */
export interface FeedItem {
  /** The item's identity in its feed: guid, id, else its link. */
  readonly id: string;
  /** The article's address, absolute; null when the item has none. */
  readonly url: string | null;
  readonly title: string | null;
  /** ISO 8601 with the publisher's offset, or a bare date. */
  readonly published: string | null;
  /** The field the date was read from ("pubDate", "published", "date_published", …). */
  readonly publishedField: string | null;
  readonly authors: readonly string[];
  /** The full content (content:encoded, Atom content, content_html/content_text). */
  readonly content: FeedContent | null;
  /** The description or summary. */
  readonly summary: FeedContent | null;
}

export interface Feed {
  readonly kind: 'rss' | 'rdf' | 'atom' | 'json';
  readonly title: string | null;
  /** The site the feed belongs to. */
  readonly link: string | null;
  readonly items: readonly FeedItem[];
}

/** Content at least this long (in words) is taken as the article itself, not a summary of it. */
export const FULL_TEXT_WORDS = 150;

/** Whether content is long enough to be the article rather than a teaser. */
export function isFullText(content: FeedContent | null): content is FeedContent {
  return (
    content !== null &&
    countWords(content.format === 'html' ? stripTags(content.value) : content.value, FULL_TEXT_WORDS) >= FULL_TEXT_WORDS
  );
}

const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/feed+json',
]);
const XML_TYPES = new Set(['application/xml', 'text/xml']);
const JSON_TYPES = new Set(['application/json']);
const XML_ROOT =
  /^(?:\ufeff)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<\?[^>]*\?>\s*|<!DOCTYPE[^>]*>\s*)*<(rss|feed|rdf:RDF)\b/i;

/**
 * Whether fetched bytes are a feed: by media type, or, for XML or an unhelpful type, by the root
 * element (`<rss>`, `<feed>`, `<rdf:RDF>`) or JSON Feed's version.
 */
export function isFeed(bytes: Uint8Array, mediaType: string | null): boolean {
  if (mediaType && FEED_TYPES.has(mediaType)) return true;
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 2048));
  if (XML_ROOT.test(head)) return true;
  if (
    !mediaType ||
    JSON_TYPES.has(mediaType) ||
    mediaType === 'text/plain' ||
    mediaType === 'application/octet-stream'
  ) {
    return /^\s*\{[\s\S]*"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(head);
  }
  return false;
}

/** Whether a media type says XML, so a document that is not a feed can be named for what it is. */
export function isXmlType(mediaType: string | null): boolean {
  return mediaType !== null && (XML_TYPES.has(mediaType) || mediaType.endsWith('+xml'));
}

const ARRAYS = new Set(['item', 'entry', 'link', 'author', 'category', 'dc:creator', 'contributor']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ARRAYS.has(name),
  // Atom's content keeps its markup as written: xhtml content is elements, not text.
  stopNodes: ['feed.entry.content', 'feed.entry.summary'],
  processEntities: { enabled: true, maxEntityCount: 50, maxTotalExpansions: 1000, maxExpandedLength: 100_000 },
});

type Node = Record<string, unknown>;
const asNode = (value: unknown): Node | null =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Node) : null;
const list = (value: unknown): unknown[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];

/** The text of an element that may carry attributes. */
function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  const node = asNode(value);
  if (node && typeof node['#text'] === 'string') return (node['#text'] as string).trim() || null;
  if (node && typeof node['#text'] === 'number') return String(node['#text']);
  return null;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes XML's entities and numeric character references. */
function decodeEntities(value: string): string {
  return value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (whole, dec: string, hex: string, name: string) => {
    if (dec || hex) {
      const code = dec ? Number(dec) : parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The text of markup: tags dropped, entities decoded, spaces collapsed. */
export function stripTags(html: string): string {
  return decodeEntities(html.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** A title or name: plain text, whatever markup the feed put in it. */
function plain(value: unknown): string | null {
  const text = textOf(value);
  return text === null ? null : stripTags(text) || null;
}

/** Atom text constructs (kept raw by the parser): text, html (escaped or CDATA) or xhtml. */
function atomContent(value: unknown): FeedContent | null {
  const node = asNode(value);
  if (node?.['@_src']) return null;
  const raw = textOf(value);
  if (!raw) return null;
  const type = String(node?.['@_type'] ?? 'text').toLowerCase();
  const unwrapped = raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, inner: string) =>
    inner.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
  );
  if (type === 'xhtml') return { format: 'html', value: raw };
  if (type === 'html' || type === 'text/html') return { format: 'html', value: decodeEntities(unwrapped) };
  if (type === 'text' || type === 'text/plain') return { format: 'text', value: decodeEntities(unwrapped) };
  return null;
}

function absolute(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/** Names from "jane@example.org (Jane Roe)", "Jane Roe" or Atom/JSON author objects. */
function authorNames(values: readonly unknown[]): string[] {
  const names: string[] = [];
  for (const value of values) {
    const node = asNode(value);
    const raw = node && !('#text' in node) ? plain(node.name) : plain(value);
    if (!raw) continue;
    const inParens = /\(([^)]+)\)\s*$/.exec(raw);
    const name = inParens ? inParens[1]!.trim() : raw;
    if (name && !/^\S+@\S+$/.test(name)) names.push(name);
  }
  return [...new Set(names)];
}

function firstDate(fields: ReadonlyArray<readonly [string, unknown]>): {
  published: string | null;
  publishedField: string | null;
} {
  for (const [field, value] of fields) {
    const published = feedDate(textOf(value));
    if (published) return { published, publishedField: field };
  }
  return { published: null, publishedField: null };
}

function htmlContent(value: unknown): FeedContent | null {
  const text = textOf(value);
  return text ? { format: 'html', value: text } : null;
}

function rssItem(item: Node, base: string): FeedItem {
  const guid = textOf(item.guid);
  const permalink = asNode(item.guid)?.['@_isPermaLink'] !== 'false' ? absolute(guid, base) : null;
  const link =
    list(item.link)
      .map((l) => textOf(l) ?? String(asNode(l)?.['@_href'] ?? ''))
      .find(Boolean) ?? null;
  const url = absolute(link, base) ?? permalink;
  return {
    id: guid ?? url ?? plain(item.title) ?? '',
    url,
    title: plain(item.title),
    ...firstDate([
      ['pubDate', item.pubDate],
      ['dc:date', item['dc:date']],
      ['published', item.published],
      ['updated', item.updated],
    ]),
    authors: authorNames([...list(item['dc:creator']), ...list(item.author)]),
    content: htmlContent(item['content:encoded']),
    summary: htmlContent(item.description),
  };
}

function atomEntry(entry: Node, base: string): FeedItem {
  const links = list(entry.link)
    .map(asNode)
    .filter((l): l is Node => l !== null);
  const alternate =
    links.find(
      (l) => (l['@_rel'] ?? 'alternate') === 'alternate' && (!l['@_type'] || /html/i.test(String(l['@_type']))),
    ) ?? links.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate');
  const url = absolute(alternate ? String(alternate['@_href'] ?? '') : null, String(entry['@_xml:base'] ?? base));
  return {
    id: textOf(entry.id) ?? url ?? plain(entry.title) ?? '',
    url,
    title: plain(entry.title),
    ...firstDate([
      ['published', entry.published],
      ['updated', entry.updated],
      ['dc:date', entry['dc:date']],
    ]),
    authors: authorNames(list(entry.author)),
    content: atomContent(entry.content),
    summary: atomContent(entry.summary),
  };
}

function jsonItem(item: Node, base: string): FeedItem {
  const url =
    absolute(typeof item.url === 'string' ? item.url : null, base) ??
    absolute(typeof item.external_url === 'string' ? item.external_url : null, base);
  const html = typeof item.content_html === 'string' && item.content_html.trim() ? item.content_html : null;
  const text = typeof item.content_text === 'string' && item.content_text.trim() ? item.content_text : null;
  const summary = typeof item.summary === 'string' && item.summary.trim() ? item.summary : null;
  return {
    id: item.id === undefined || item.id === null ? (url ?? '') : String(item.id),
    url,
    title: typeof item.title === 'string' ? stripTags(item.title) || null : null,
    ...firstDate([
      ['date_published', item.date_published],
      ['date_modified', item.date_modified],
    ]),
    authors: authorNames([...list(item.authors), ...list(item.author)]),
    content: html ? { format: 'html', value: html } : text ? { format: 'text', value: text } : null,
    summary: summary ? { format: 'text', value: summary } : null,
  };
}

/** The charset an XML declaration names (`<?xml version="1.0" encoding="windows-1252"?>`). */
function xmlEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 200));
  return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1] ?? null;
}

/**
 * Reads a feed's bytes. `input` names it in errors; `base` resolves relative links. The charset of
 * the HTTP header wins over the XML declaration's, as the XML media types say.
 */
export function parseFeed(bytes: Uint8Array, input: string, base: string, charset: string | null = null): Feed {
  const { text } = decodeBytes(bytes, input, charset ?? xmlEncoding(bytes));
  if (/^\s*\{/.test(text)) return parseJsonFeed(text, input, base);
  let document: Node;
  try {
    // Validation first: the parser alone accepts a feed cut off in the middle.
    document = parser.parse(text, true) as Node;
  } catch (error) {
    throw new InputError(
      input,
      `is not well-formed XML (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
      { cause: error },
    );
  }
  const rss = asNode(document.rss);
  if (rss) {
    const channel = asNode(rss.channel);
    if (!channel) throw new InputError(input, 'is an RSS feed without a channel');
    return {
      kind: 'rss',
      title: plain(channel.title),
      link: absolute(textOf(list(channel.link)[0]), base),
      items: list(channel.item)
        .map(asNode)
        .filter((i): i is Node => i !== null)
        .map((i) => rssItem(i, base)),
    };
  }
  const rdf = asNode(document['rdf:RDF']);
  if (rdf) {
    const channel = asNode(rdf.channel);
    return {
      kind: 'rdf',
      title: plain(channel?.title),
      link: absolute(textOf(list(channel?.link)[0]), base),
      items: list(rdf.item)
        .map(asNode)
        .filter((i): i is Node => i !== null)
        .map((i) => rssItem(i, base)),
    };
  }
  const atom = asNode(document.feed);
  if (atom) {
    const links = list(atom.link)
      .map(asNode)
      .filter((l): l is Node => l !== null);
    const site = links.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate');
    const feedBase = String(atom['@_xml:base'] ?? base);
    return {
      kind: 'atom',
      title: plain(atom.title),
      link: absolute(site ? String(site['@_href'] ?? '') : null, feedBase),
      items: list(atom.entry)
        .map(asNode)
        .filter((e): e is Node => e !== null)
        .map((e) => atomEntry(e, feedBase)),
    };
  }
  throw new InputError(input, 'is XML, but not an RSS, RDF or Atom feed');
}

function parseJsonFeed(text: string, input: string, base: string): Feed {
  let document: Node | null;
  try {
    document = asNode(JSON.parse(text));
  } catch (error) {
    throw new InputError(input, `is not valid JSON (${error instanceof Error ? error.message : String(error)})`, {
      cause: error,
    });
  }
  if (!document || typeof document.version !== 'string' || !/jsonfeed\.org\/version\//.test(document.version)) {
    throw new InputError(input, 'is JSON, but not a JSON Feed (no "version" of jsonfeed.org)');
  }
  if (!Array.isArray(document.items)) throw new InputError(input, 'is a JSON Feed without an "items" list');
  return {
    kind: 'json',
    title: typeof document.title === 'string' ? document.title : null,
    link: absolute(typeof document.home_page_url === 'string' ? document.home_page_url : null, base),
    items: document.items
      .map(asNode)
      .filter((i): i is Node => i !== null)
      .map((i) => jsonItem(i, base)),
  };
}
