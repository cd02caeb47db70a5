import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { DocumentPassages } from './proposal-passages.js';

/**
 * Documents whose passages are kept at most: beyond, the oldest are read back from the store as
 * before. A generated article of 15 KB has 138 passages, held in about 22 KB (see `PassageSet`) beside
 * its text, so a full cache of those is about 0.9 GB (it was 3.3 GB with a map of counts a passage).
 */
const MOST_DOCUMENTS = 20_000;

/**
 * The passages of documents this process has just stored, made by the worker that analysed them,
 * so that proposing evidence from them need not read back, inflate and parse their layers: the
 * part of an ingest that runs after the last document is stored and so cannot run in parallel.
 * One cache per store handle (a store's content hash names the same content in another store, but
 * not necessarily the same analysis). A passage missing here is made from the stored analysis.
 */
export class PassageCache {
  private readonly documents = new Map<string, DocumentPassages>();

  put(documentId: string, passages: DocumentPassages): void {
    this.documents.delete(documentId);
    this.documents.set(documentId, passages);
    if (this.documents.size > MOST_DOCUMENTS) this.documents.delete(this.documents.keys().next().value!);
  }

  get(documentId: string): DocumentPassages | undefined {
    return this.documents.get(documentId);
  }

  /** Forgets documents: proposed from, or analysed again. */
  forget(documentIds: Iterable<string>): void {
    for (const id of documentIds) this.documents.delete(id);
  }
}

const caches = new WeakMap<Kysely<Database>, PassageCache>();

/** The passage cache of a store handle. */
export function passageCacheOf(db: Kysely<Database>): PassageCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new PassageCache();
    caches.set(db, cache);
  }
  return cache;
}
