/**
 * What a fetched resource is, and its reading: a feed, or a document read by the reader its media
 * type (or, when the server says nothing useful, its first bytes) calls for, with the charset the
 * server declared. The document keeps its URL as its locator and its outlet as metadata.
 */
import { InputError, type SourceDocument } from '../core/index.js';
import { documentOf, readers, type ReadLimits, type ReadResult, type Reader } from '../readers/index.js';
import { isFeed, isXmlType, parseFeed, type Feed } from './feed.js';
import type { Fetched } from './fetch.js';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const TEXT_TYPES = new Set(['text/plain']);
const MARKDOWN_TYPES = new Set(['text/markdown', 'text/x-markdown']);
const VAGUE_TYPES = new Set(['application/octet-stream', 'binary/octet-stream']);

/** A fetched resource, read. */
export type ReadResource =
  | { readonly kind: 'feed'; readonly feed: Feed }
  | { readonly kind: 'document'; readonly document: SourceDocument; readonly warnings: readonly string[] };

const readerOf = (format: string): Reader | null => readers.find((reader) => reader.format === format) ?? null;

/** The reader for a media type, or for the first bytes when the type says nothing. */
function readerFor(fetched: Fetched): Reader {
  const type = fetched.mediaType;
  const head = fetched.bytes.subarray(0, 1024);
  const sniffed = () => {
    if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
    return /^\s*(?:<!doctype html|<html|<head|<body|<!--|<meta|<title|<p\b|<div)/i.test(head.toString('latin1'))
      ? 'html'
      : 'text';
  };
  const format =
    type === null || VAGUE_TYPES.has(type)
      ? sniffed()
      : HTML_TYPES.has(type)
        ? 'html'
        : TEXT_TYPES.has(type)
          ? 'text'
          : MARKDOWN_TYPES.has(type)
            ? 'markdown'
            : type === 'application/pdf'
              ? 'pdf'
              : null;
  if (format === null) {
    const what = isXmlType(type) ? 'XML that is not an RSS, RDF or Atom feed' : type;
    throw new InputError(fetched.requestedUrl, `is ${what}, not a web page, text or feed Puente reads`);
  }
  const reader = readerOf(format);
  if (!reader)
    throw new InputError(
      fetched.requestedUrl,
      `is a ${format.toUpperCase()} document, which Puente does not read from the web yet`,
    );
  return reader;
}

/** The outlet's name from its host: "www.border-desk.example" → "border-desk.example". */
export function siteOfUrl(url: string): string {
  return new URL(url).hostname.replace(/^www\d?\./, '');
}

/** Reads fetched bytes: a feed, or a document whose locator is its (final) URL. */
export async function readResource(fetched: Fetched, limits: ReadLimits): Promise<ReadResource> {
  if (!fetched.bytes.length) throw new InputError(fetched.requestedUrl, 'answered with an empty body');
  if (isFeed(fetched.bytes, fetched.mediaType))
    return { kind: 'feed', feed: parseFeed(fetched.bytes, fetched.requestedUrl, fetched.url, fetched.charset) };
  const read = await readerFor(fetched).read(fetched.bytes, fetched.requestedUrl, limits, { charset: fetched.charset });
  return { kind: 'document', ...documentAt(fetched.url, read) };
}

/**
 * A document read from `url`: the URL is its source (so a date in its path can be the publication
 * date when the page states none), and the outlet is the page's own site name, else the host.
 */
export function documentAt(
  url: string,
  read: ReadResult,
  outlet?: { name: string; source: string } | null,
): { document: SourceDocument; warnings: readonly string[] } {
  const site = read.hints.site
    ? { name: read.hints.site, source: read.hints.sources?.site ?? 'metadata' }
    : (outlet ?? { name: siteOfUrl(url), source: 'url host' });
  const hints = { ...read.hints, site: site.name, sources: { ...read.hints.sources, site: site.source } };
  const document: SourceDocument = { ...documentOf(read, { url, name: site.name, outlet: site.name }), hints };
  return { document, warnings: read.warnings };
}
