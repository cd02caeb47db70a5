import { extname } from 'node:path';
import { htmlReader } from './html.reader.js';
import { markdownReader } from './markdown.reader.js';
import { pdfReader } from './pdf.reader.js';
import { textReader } from './text.reader.js';
import type { Reader } from './reader.js';

export type { Declared, Reader, ReadLimits, ReadResult } from './reader.js';
export { defaultReadLimits, documentOf } from './reader.js';
export { textReader } from './text.reader.js';

/** Every reader, one per format. */
export const readers: readonly Reader[] = [textReader, markdownReader, htmlReader, pdfReader];

/** The extensions Puente reads, for messages: ".txt, .md, .html, .htm or .pdf". */
export const readableExtensions = '.txt, .md, .html, .htm or .pdf';

/** The reader for a path, by its extension; null when no reader takes it. */
export function readerFor(path: string): Reader | null {
  const extension = extname(path).toLowerCase();
  return readers.find((reader) => reader.extensions.includes(extension)) ?? null;
}
