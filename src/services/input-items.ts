import { InputError } from '../core/index.js';
import type { ReadLimits } from '../readers/index.js';
import type { AnalysisPool } from './analysis-pool.js';
import type { InputProblem } from './analysis.service.js';
import { collectInputFiles } from './input-files.js';
import { loadDocument, type LoadedDocument } from './load-document.js';
import { readManifest } from './manifest-input.js';

/** One document to read — a file, or an article of a manifest — or a problem to report in its place. */
export type InputItem =
  | {
      readonly label: string;
      readonly locator: string;
      readonly load: () => Promise<LoadedDocument>;
      /** For a file that `loadDocument` reads: its path, so that a worker can read it instead. */
      readonly file?: string;
      readonly problem?: undefined;
    }
  | { readonly label: string; readonly problem: InputProblem };

/** An input that names a document to read. */
export type LoadableItem = Extract<InputItem, { load: unknown }>;

/**
 * Reads an input's document: a file in the pool (a worker's reader when the pool has workers: a
 * reader, HTML's above all, costs about what the analysis does), anything else as the input reads itself.
 */
export function loadItem(item: LoadableItem, limits: ReadLimits, pool: AnalysisPool | null): Promise<LoadedDocument> {
  return pool && item.file ? pool.load(item.file, limits) : item.load();
}

/**
 * Expands paths (files, folders, manifests) into the documents to read, in order. Manifests are
 * parsed here, so that the count is known before any document is read; their bad rows, unreadable
 * paths and skipped files come out as problems in their place.
 */
export async function collectInputItems(paths: readonly string[], limits: ReadLimits): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for (const file of await collectInputFiles(paths)) {
    const { path } = file;
    if (file.error !== undefined)
      items.push({ label: path, problem: { input: path, message: `${path}: ${file.error}`, fatal: true } });
    else if (file.skipped !== undefined)
      items.push({
        label: path,
        problem: { input: path, message: `${path}: skipped: ${file.skipped}`, fatal: false, skipped: true },
      });
    else if (file.manifest) {
      try {
        const { articles, errors } = await readManifest(path, limits);
        // A manifest's bad rows are told first, then its articles are read.
        for (const message of errors) items.push({ label: path, problem: { input: path, message, fatal: true } });
        for (const article of articles) items.push(article);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        items.push({ label: path, problem: { input: path, message: error.message, fatal: true } });
      }
    } else items.push({ label: path, locator: path, file: path, load: () => loadDocument(path, limits) });
  }
  return items;
}
