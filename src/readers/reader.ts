import type { DocumentHints, SourceDocument, SourceFormat } from '../core/index.js';
import { documentIdOf } from '../text/document-id.js';

/** What a reader makes of one input's bytes: the text the pipeline will index, and metadata. */
export interface ReadResult {
  readonly text: string;
  readonly format: SourceFormat;
  readonly encoding: string;
  readonly hints: DocumentHints;
  /** One-line notes for the user (e.g. replaced bytes, dropped scripts); the input was still read. */
  readonly warnings: readonly string[];
}

/** The document a read makes, from where `source` says: its id is its text's. */
export function documentOf(read: ReadResult, source: SourceDocument['source']): SourceDocument {
  return {
    id: documentIdOf(read.text),
    text: read.text,
    format: read.format,
    encoding: read.encoding,
    hints: read.hints,
    source,
  };
}

/** Limits that keep one hostile input from exhausting time or memory. */
export interface ReadLimits {
  /** Largest input in bytes. Default 50 MB. */
  readonly maxBytes: number;
  /** Deepest HTML element nesting accepted. Default 1,000. */
  readonly maxHtmlDepth: number;
}

/** Default read limits. */
export const defaultReadLimits: ReadLimits = { maxBytes: 50 * 1024 * 1024, maxHtmlDepth: 1000 };

/** What the transport said of the bytes: the charset of an HTTP Content-Type header, which wins over the document's own. */
export interface Declared {
  readonly charset?: string | null;
}

/**
 * Turns one format's bytes into text; throws (or rejects with) `InputError` for input it cannot
 * use. Text and HTML read at once; a PDF's library works asynchronously, so callers await.
 */
export interface Reader {
  readonly format: SourceFormat;
  /** File extensions, lower case with the dot. */
  readonly extensions: readonly string[];
  read(bytes: Uint8Array, input: string, limits: ReadLimits, declared?: Declared): ReadResult | Promise<ReadResult>;
}
