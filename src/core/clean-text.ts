import type { Span } from './span.js';

/** Why a stretch of text was judged page furniture. */
export type ChromeReason =
  | 'prompt' // a call to action: share, register, subscribe, read more
  | 'menu' // short items separated by wide gaps, bars or bullets
  | 'masthead' // short lines above the title without sentence structure
  | 'trailer' // short lines after the article without sentence structure
  | 'related-list' // headlines listed under a "Related" prompt, or after the article's last sentence
  | 'repeated' // a line the page repeats: a caption or credit shown again and again
  | 'outside-article'; // HTML the page marks or Readability judges to be outside the article

/** A span of page furniture, with the rule that found it. */
export interface ChromeSpan extends Span {
  readonly reason: ChromeReason;
}

/** A value the clean stage found, with the span it came from (null when it came from metadata). */
export interface Located<T> {
  readonly value: T;
  readonly span: Span | null;
}

/**
 * Where a publication date was read: given by the user (`--published`) or by a manifest's
 * `published` (both win over what the text says), in the markup or feed the
 * document came with, in a label that opens the text (" date 2025-12-12 "), in its URL or file name,
 * on a line of its own near the top ("Wednesday, September 3, 2025"), in a byline, or in the
 * dateline that opens the first paragraph ("MONTERREY, 4 de marzo de 2025 (EFE).-"), or, last, from
 * a date the text names as its today or yesterday (`named-day`: "3 de marzo, ayer").
 */
export type PublishedSource =
  'user' | 'manifest' | 'metadata' | 'label' | 'locator' | 'date-line' | 'byline' | 'dateline' | 'named-day';

/** A publication date with where it was read; the value is YYYY-MM-DD, or YYYY-MM when only the month is stated. */
export interface PublishedDate extends Located<string> {
  readonly source: PublishedSource;
  /**
   * The date the text states for itself at its top (a date line, byline or dateline) when it
   * differs from a publication date read elsewhere (a label, the URL, the markup): the day its
   * "today" and "yesterday" are told from.
   */
  readonly written?: Located<string> | null;
}

/** The clean layer: what is article and what is furniture, plus the document's metadata. */
export interface CleanText {
  /** Paragraphs of the article, in order; headings included. */
  readonly paragraphs: readonly Span[];
  readonly chrome: readonly ChromeSpan[];
  /**
   * The title, with the line that shows it. On a page whose headline line words it differently from
   * its markup (`og:title`, JSON-LD), the value is the markup's wording and the span that line.
   */
  readonly title: Located<string> | null;
  readonly subtitle: Located<string> | null;
  readonly headings: readonly Span[];
  readonly authors: readonly Located<string>[];
  /** ISO date YYYY-MM-DD (YYYY-MM when only the month is known), with where it was read. */
  readonly published: PublishedDate | null;
  /** ISO 639-1 code, e.g. `en`, `es`. */
  readonly language: string;
}
