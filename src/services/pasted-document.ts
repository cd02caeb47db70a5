import type { SourceDocument } from '../core/index.js';
import { defaultReadLimits, documentOf, readers } from '../readers/index.js';

/** Text pasted or uploaded in the web app, before it is read. */
export interface PastedInput {
  readonly text: string;
  readonly name: string;
  readonly format: 'text' | 'html';
}

/** Reads pasted text with its format's reader; throws `InputError` naming it when it cannot be read. */
export async function pastedDocument(input: PastedInput): Promise<SourceDocument> {
  const reader = readers.find((r) => r.format === input.format)!;
  const read = await reader.read(Buffer.from(input.text, 'utf8'), input.name, defaultReadLimits);
  return documentOf(read, { name: input.name });
}
