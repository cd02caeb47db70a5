import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { InputError, type DocumentHints, type SourceDocument } from '../core/index.js';
import { parseManifest, type ManifestEntry } from '../intake/manifest.js';
import { decodeBytes } from '../readers/decode-bytes.js';
import { textReader, type ReadLimits } from '../readers/index.js';
import { documentIdOf } from '../text/document-id.js';
import { loadDocument, type LoadedDocument } from './load-document.js';

/** One article of a manifest, ready to be read: where it is stored and how to load it. */
export interface ManifestArticle {
  /** "articles.jsonl:7", for messages and progress. */
  readonly label: string;
  /** Its URL, else its file's path, else the manifest line: a changed article there is a new version. */
  readonly locator: string;
  load(): Promise<LoadedDocument>;
}

/** Reads a manifest file: its articles, and one message per row that cannot be used. */
export async function readManifest(
  path: string,
  limits: ReadLimits,
): Promise<{ articles: ManifestArticle[]; errors: readonly string[] }> {
  const size = await stat(path)
    .then((info) => info.size)
    .catch((error: NodeJS.ErrnoException) => {
      throw new InputError(path, `cannot be read (${error.code ?? error.message})`, { cause: error });
    });
  if (size > limits.maxBytes)
    throw new InputError(path, `is larger than the ${limits.maxBytes}-byte limit (raise it with --max-size)`);
  const { text } = decodeBytes(await readFile(path), path);
  const { entries, errors } = parseManifest(text, path);
  const folder = dirname(path);
  const articles = entries.map((entry): ManifestArticle => {
    const label = `${path}:${entry.line}`;
    const file = entry.path === undefined ? undefined : resolve(folder, entry.path);
    return { label, locator: entry.url ?? file ?? label, load: () => loadArticle(entry, label, file, limits) };
  });
  return { articles, errors };
}

async function loadArticle(
  entry: ManifestEntry,
  label: string,
  file: string | undefined,
  limits: ReadLimits,
): Promise<LoadedDocument> {
  let loaded: LoadedDocument;
  if (file !== undefined) {
    try {
      loaded = await loadDocument(file, limits);
    } catch (error) {
      // The manifest's line is what the user can fix: name it, then the file's own reason.
      if (error instanceof InputError) throw new InputError(label, error.message, { cause: error });
      throw error;
    }
  } else {
    const read = textReader.read(Buffer.from(entry.text ?? '', 'utf8'), label);
    loaded = {
      document: {
        id: documentIdOf(read.text),
        text: read.text,
        format: 'text',
        encoding: 'utf-8',
        hints: {},
        source: {},
      },
      warnings: read.warnings,
    };
  }
  return { document: withManifestMetadata(loaded.document, entry, file), warnings: loaded.warnings };
}

/** The document with what the manifest states put over what its reader found, each field's source saying so. */
export function withManifestMetadata(document: SourceDocument, entry: ManifestEntry, file?: string): SourceDocument {
  const hints: DocumentHints = document.hints;
  const sources = { ...hints.sources };
  if (entry.title !== undefined) sources.title = 'manifest';
  if (entry.published !== undefined) sources.published = 'manifest';
  if (entry.language !== undefined) sources.language = 'manifest';
  if (entry.authors !== undefined) sources.authors = 'manifest';
  return {
    ...document,
    hints: {
      ...hints,
      title: entry.title ?? hints.title ?? null,
      published: entry.published ?? hints.published ?? null,
      ...(entry.published !== undefined ? { publishedSource: 'manifest' as const } : {}),
      language: entry.language ?? hints.language ?? null,
      authors: entry.authors ?? hints.authors ?? [],
      given: { title: entry.title !== undefined, language: entry.language !== undefined },
      sources,
    },
    source: {
      ...(entry.url !== undefined ? { url: entry.url } : {}),
      ...(file !== undefined ? { path: file, name: basename(file) } : {}),
      ...(entry.source !== undefined ? { outlet: entry.source } : {}),
    },
  };
}
