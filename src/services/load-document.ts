import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { InputError, type SourceDocument } from '../core/index.js';
import { sizeOf } from '../intake/index.js';
import { defaultReadLimits, documentOf, readableExtensions, readerFor, type ReadLimits } from '../readers/index.js';

/** A document read from disk, with the warnings its reader raised. */
export interface LoadedDocument {
  readonly document: SourceDocument;
  readonly warnings: readonly string[];
}

/** Reads one file into a `SourceDocument`; throws `InputError` naming the file and the reason. */
export async function loadDocument(path: string, limits: ReadLimits = defaultReadLimits): Promise<LoadedDocument> {
  const reader = readerFor(path);
  if (!reader) throw new InputError(path, `has a file type Puente does not read (use ${readableExtensions})`);
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new InputError(path, `cannot be opened (${error.code ?? error.message})`, { cause: error });
  });
  try {
    const { size } = await handle.stat();
    if (size === 0) throw new InputError(path, 'is empty (0 bytes)');
    if (size > limits.maxBytes) {
      throw new InputError(
        path,
        `is ${sizeOf(size)}, over the ${sizeOf(limits.maxBytes)} limit (raise it with --max-size)`,
      );
    }
    const bytes = await handle.readFile();
    const result = await reader.read(bytes, path, limits);
    return { document: documentOf(result, { path, name: basename(path) }), warnings: result.warnings };
  } finally {
    await handle.close();
  }
}
