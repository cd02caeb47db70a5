/**
 * A feed item as a document: its own content when the feed carries the full text, else the page
 * its link points to, read by the caller; either way with the item's metadata (publication date,
 * authors, title, outlet) where the page does not state its own.
 */
import { InputError, type DocumentHints, type SourceDocument } from '../core/index.js';
import { htmlReader } from '../readers/html.reader.js';
import { textReader } from '../readers/text.reader.js';
import type { ReadLimits } from '../readers/index.js';
import { isFullText, type Feed, type FeedItem } from './feed.js';
import { documentAt, siteOfUrl } from './resource.js';

/** The locator of an item: its link, else the feed's URL with the item's id. */
export function itemLocator(item: FeedItem, feedUrl: string): string {
  return item.url ?? `${feedUrl}#item=${encodeURIComponent(item.id)}`;
}

/** How an item is read: its carried content, or its link fetched as a page. */
export function itemSource(item: FeedItem): 'content' | 'link' {
  if (isFullText(item.content)) return 'content';
  if (item.url) return 'link';
  return 'content';
}

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The outlet a feed stands for: its title, else its site's host. */
function feedOutlet(feed: Feed, feedUrl: string): { name: string; source: string } {
  return feed.title
    ? { name: feed.title, source: 'feed title' }
    : { name: siteOfUrl(feed.link ?? feedUrl), source: 'url host' };
}

/** The item's own content (full text, else what it carries) read as a document. */
export function documentFromItem(
  item: FeedItem,
  feed: Feed,
  feedUrl: string,
  limits: ReadLimits,
): { document: SourceDocument; warnings: readonly string[] } {
  const locator = itemLocator(item, feedUrl);
  const content = item.content ?? item.summary;
  if (!content) throw new InputError(locator, 'is a feed item with neither a link nor any content');
  const title = item.title ? escapeHtml(item.title) : '';
  const read =
    content.format === 'html'
      ? htmlReader.read(
          Buffer.from(
            `<!doctype html><html><head><title>${title}</title></head><body><article>${title ? `<h1>${title}</h1>` : ''}${content.value}</article></body></html>`,
          ),
          locator,
          limits,
        )
      : textReader.read(Buffer.from(item.title ? `${item.title}\n\n${content.value}` : content.value), locator, limits);
  const loaded = documentAt(locator, { ...read, hints: { ...read.hints, site: null } }, feedOutlet(feed, feedUrl));
  return { document: withItemMetadata(loaded.document, item), warnings: loaded.warnings };
}

/** A page read from an item's link, with the item's metadata where the page states none. */
export function pageWithItemMetadata(
  document: SourceDocument,
  item: FeedItem,
  feed: Feed,
  feedUrl: string,
): SourceDocument {
  const pageSite = document.hints.sources?.site !== 'url host' ? null : feedOutlet(feed, feedUrl);
  const withSite = pageSite
    ? {
        ...document,
        hints: {
          ...document.hints,
          site: pageSite.name,
          sources: { ...document.hints.sources, site: pageSite.source },
        },
        source: { ...document.source, name: pageSite.name, outlet: pageSite.name },
      }
    : document;
  return withItemMetadata(withSite, item);
}

/**
 * Fills what the document does not state from the item: the publication date (its pubDate, with
 * the field it came from), authors and title. The page's own markup wins: it states its first
 * publication and the publisher's time zone, where a feed's date may be a later update in UTC.
 */
function withItemMetadata(document: SourceDocument, item: FeedItem): SourceDocument {
  const hints: DocumentHints = document.hints;
  const sources = { ...hints.sources };
  let { published, authors, title } = hints;
  if (!published && item.published) {
    published = item.published;
    sources.published = `feed ${item.publishedField}`;
  }
  if (!authors?.length && item.authors.length) {
    authors = item.authors;
    sources.authors = 'feed author';
  }
  if (!title && item.title) {
    title = item.title;
    sources.title = 'feed title';
  }
  return { ...document, hints: { ...hints, published, authors, title, sources } };
}
