import type { PublishedSource } from './clean-text.js';
import type { PageSpan } from './pages.js';
import type { Span } from './span.js';

/** How a document reached us, before any reading. */
export type SourceFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'feed';

/** Where a document came from; at least one of path and url is set for stored documents. */
export interface SourceInfo {
  readonly path?: string;
  readonly url?: string;
  readonly name?: string;
  /** The outlet or publisher, where the input says (a manifest's `source`). */
  readonly outlet?: string;
}

/** Where a reader found a metadata field: "meta og:title", "json-ld datePublished", "time element", … */
export type MetadataSource = string | null;

/** Metadata a reader found outside the text (HTML meta tags, `<time>`, `<title>`). */
export interface DocumentHints {
  readonly title?: string | null;
  readonly published?: string | null;
  /** Where `published` came from; `metadata` when not said. */
  readonly publishedSource?: PublishedSource;
  readonly authors?: readonly string[];
  readonly language?: string | null;
  /** The outlet or site that published the document ("og:site_name", a feed's title, the URL's host). */
  readonly site?: string | null;
  /** Spans of the derived text that the page's structure puts outside the article (nav, footer, aside). */
  readonly outside?: readonly Span[];
  /** Spans of the derived text that are rows of a table in the article: cells set apart by bars, as menus are, but content. */
  readonly tableRows?: readonly Span[];
  /** Where the article that the page's structure marks begins in the derived text; lines above it are header or furniture. */
  readonly articleStart?: number | null;
  /** The pages of the original (PDF) and the stretch of text each holds, in order: evidence cites "page 3". */
  readonly pages?: readonly PageSpan[];
  /**
   * Fields the user or a manifest states, which win over what the pipeline reads in the text
   * (`published` is told by `publishedSource`).
   */
  readonly given?: { readonly title?: boolean; readonly language?: boolean };
  /** Where each metadata field came from. */
  readonly sources?: {
    readonly title?: MetadataSource;
    readonly authors?: MetadataSource;
    readonly published?: MetadataSource;
    readonly language?: MetadataSource;
    readonly site?: MetadataSource;
  };
}

/** One input document as the pipeline sees it: immutable text plus where it came from. */
export interface SourceDocument {
  /** The hash of the normalized content: the document's identity. */
  readonly id: string;
  /** The text every span indexes into: the input as read, or the text derived from HTML. */
  readonly text: string;
  readonly format: SourceFormat;
  readonly source: SourceInfo;
  readonly hints: DocumentHints;
  /** The character encoding the bytes were decoded from, e.g. `utf-8`, `windows-1252`. */
  readonly encoding: string;
}
