/**
 * Analysis stored once: each document's layers are stored when it is ingested, with the pipeline
 * version, and read back; re-ingesting unchanged files analyses nothing; documents an older
 * version analysed are analysed again in the background, with progress; adding a document never
 * blocks the server while the collection is worked out again.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shortDistinctArticles } from '../bench/corpus.js';
import { analyzeCollection, analyzeDocument, isFailedAnalysis, PIPELINE_VERSION } from '../src/pipeline/index.js';
import { defaultReadLimits } from '../src/readers/index.js';
import type { Analyzer } from '../src/services/document-analyses.js';
import { DocumentAnalyses } from '../src/services/document-analyses.js';
import { IngestService } from '../src/services/ingest.service.js';
import { toContract } from '../src/export/contract-json.js';
import { loadDocument } from '../src/services/load-document.js';
import { StoredAnalysisService } from '../src/services/stored-analysis.service.js';
import { DocumentsRepository } from '../src/store/repositories/documents.repository.js';
import type { Database } from '../src/store/schema.js';
import { startServer } from './helpers/server.js';
import { repoRoot } from './helpers/shared.js';
import { forEachDialect, newTestStore } from './helpers/store.js';

const exampleDir = join(repoRoot, 'example', 'documents');
const examplePaths = readdirSync(exampleDir)
  .sort()
  .map((name) => join(exampleDir, name));

/** The real analyser, counting its calls. */
function countingAnalyzer(): { analyze: Analyzer; calls: string[] } {
  const calls: string[] = [];
  return { calls, analyze: (document) => (calls.push(document.id), analyzeDocument(document)) };
}

forEachDialect(['sqlite', 'postgres'], (dialect) => {
  let store: { db: Kysely<Database>; close: () => Promise<void> };
  beforeEach(async () => {
    store = await newTestStore(dialect);
  });
  afterEach(async () => {
    await store.close();
  });

  it("stores each document's layers and messages at ingest and reads them back equal to a fresh analysis", async () => {
    const { outcomes } = await new IngestService(store.db).ingestPaths(examplePaths, defaultReadLimits);
    expect(outcomes.length).toBe(examplePaths.length);
    const stored = await new DocumentAnalyses(store.db, () => {
      throw new Error('a stored document was analysed again');
    }).load(outcomes.map((o) => o.id));
    expect(stored.length).toBe(examplePaths.length);
    for (const [i, path] of examplePaths.entries()) {
      const fresh = analyzeDocument((await loadDocument(path)).document);
      if (isFailedAnalysis(fresh)) throw new Error(fresh.failure.reason);
      expect(stored[i]!.document.id).toBe(fresh.document.id);
      expect(stored[i]!.document.text).toBe(fresh.document.text);
      expect(stored[i]!.layers).toEqual(fresh.layers);
      expect(stored[i]!.messages).toEqual(fresh.messages);
    }
    const versions = await store.db.selectFrom('document_analyses').select('pipeline_version').distinct().execute();
    expect(versions).toEqual([{ pipeline_version: PIPELINE_VERSION }]);
  });

  it('analyses nothing when unchanged files are ingested again, from the same or another path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'puente-stored-'));
    try {
      const counter = countingAnalyzer();
      const service = new IngestService(store.db, () => new Date(), counter.analyze);
      await service.ingestPaths(examplePaths, defaultReadLimits);
      expect(counter.calls.length).toBe(examplePaths.length);
      counter.calls.length = 0;
      const again = await service.ingestPaths(examplePaths, defaultReadLimits);
      expect(again.summary).toMatchObject({ read: examplePaths.length, unchanged: examplePaths.length, new: 0 });
      // A copy of one under another name is the same content: recorded, not analysed.
      const copy = join(dir, 'copy.txt');
      writeFileSync(copy, (await loadDocument(examplePaths[0]!)).document.text);
      expect((await service.ingestPaths([copy], defaultReadLimits)).outcomes.map((o) => o.outcome)).toEqual([
        'duplicate',
      ]);
      expect(counter.calls).toEqual([]);
      // A copy of a stored story (here, with a line added) is analysed once, to be found a copy; not again.
      const edited = join(dir, 'edited.txt');
      writeFileSync(
        edited,
        `${(await loadDocument(examplePaths[0]!)).document.text}\n\nThis note was added by another outlet.\n`,
      );
      expect((await service.ingestPaths([edited], defaultReadLimits)).outcomes.map((o) => o.outcome)).toEqual(['copy']);
      expect((await service.ingestPaths([edited], defaultReadLimits)).outcomes.map((o) => o.outcome)).toEqual([
        'unchanged',
      ]);
      expect(counter.calls.length).toBe(1);
      counter.calls.length = 0;
      // An analysis by another pipeline version is replaced when the file comes again.
      const [first] = again.outcomes;
      await store.db
        .updateTable('document_analyses')
        .set({ pipeline_version: 'r0+older' })
        .where('document_id', '=', first!.id)
        .execute();
      await service.ingestPaths([examplePaths[0]!], defaultReadLimits);
      expect(counter.calls).toEqual([first!.id]);
      expect(await new DocumentAnalyses(store.db).isCurrent(first!.id)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('serves, before and after a document is added, what analysing the stored documents from scratch gives', async () => {
    const ingest = new IngestService(store.db);
    await ingest.ingestPaths(examplePaths.slice(1), defaultReadLimits);
    const service = new StoredAnalysisService(store.db);
    const fromScratch = async () => {
      const documents = new DocumentsRepository(store.db);
      const analyses = [];
      for (const id of await documents.ids()) {
        const result = analyzeDocument((await documents.sourceDocument(id))!);
        if (isFailedAnalysis(result)) throw new Error(result.failure.reason);
        analyses.push(result);
      }
      return toContract(analyses, analyzeCollection(analyses));
    };
    try {
      expect(await service.analysis()).toEqual(await fromScratch());
      await ingest.ingestPaths([examplePaths[0]!], defaultReadLimits);
      service.changed();
      await service.settled();
      const served = await service.analysis();
      expect(served.documents.length).toBe(examplePaths.length);
      expect(served).toEqual(await fromScratch());
    } finally {
      await service.close();
    }
  });

  it('re-analyses in the background what an older pipeline version analysed, or none, with progress up to the total', async () => {
    const { outcomes } = await new IngestService(store.db).ingestPaths(examplePaths, defaultReadLimits);
    const ids = outcomes.map((o) => o.id);
    await store.db
      .updateTable('document_analyses')
      .set({ pipeline_version: 'r0+older', analysed_at: '2000-01-01T00:00:00.000Z' })
      .execute();
    // A store made before analyses were kept has no row at all.
    await store.db.deleteFrom('document_analyses').where('document_id', '=', ids[1]!).execute();
    const counter = countingAnalyzer();
    const service = new StoredAnalysisService(store.db, { analyze: counter.analyze });
    const seen: Array<{ done: number; total: number }> = [];
    const stopWatching = watch(() => seen.push(service.status().reanalysis));
    try {
      service.start();
      await service.settled();
    } finally {
      stopWatching();
      await service.close();
    }
    expect(service.status().reanalysis).toMatchObject({
      done: ids.length,
      total: ids.length,
      failed: 0,
      running: false,
    });
    expect(
      seen.some((progress) => progress.total === ids.length && progress.done > 0 && progress.done < ids.length),
    ).toBe(true);
    expect([...counter.calls].sort()).toEqual([...ids].sort());
    const versions = await store.db.selectFrom('document_analyses').select('pipeline_version').execute();
    expect(versions.map((row) => row.pipeline_version)).toEqual(ids.map(() => PIPELINE_VERSION));
    // Served from what was re-analysed, and nothing analysed when it starts again.
    counter.calls.length = 0;
    const next = new StoredAnalysisService(store.db, { analyze: counter.analyze });
    next.start();
    expect((await next.analysis()).documents.map((d) => d.id).sort()).toEqual([...ids].sort());
    await next.settled();
    await next.close();
    expect(counter.calls).toEqual([]);
  });
});

/** Calls `look` on every turn of the event loop until stopped. */
function watch(look: () => void): () => void {
  let on = true;
  const tick = () => {
    if (!on) return;
    look();
    setImmediate(tick);
  };
  tick();
  return () => (on = false);
}

const STORED = 5000;

describe(`adding a document to a store of ${STORED}`, () => {
  let store: { db: Kysely<Database>; close: () => Promise<void> };
  let dir: string;
  const texts = shortDistinctArticles([exampleDir], STORED + 1);

  beforeEach(async () => {
    store = await newTestStore('sqlite');
    // Built as an ingest builds it, in bulk: analysed ahead by worker threads (as many as `auto`
    // gives this machine) while earlier documents are stored.
    dir = mkdtempSync(join(tmpdir(), 'puente-stored-'));
    const paths = texts.slice(0, STORED).map((text, i) => {
      const path = join(dir, `${String(i).padStart(4, '0')}.txt`);
      writeFileSync(path, text);
      return path;
    });
    const { summary } = await new IngestService(store.db).ingestPaths(paths, defaultReadLimits, undefined, 'auto');
    expect(summary).toMatchObject({ read: STORED, new: STORED });
  }, 1_200_000);
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers /api/health, and serves the previous collection, before the collection work ends', async () => {
    const counter = countingAnalyzer();
    const server = await startServer(store.db, undefined, { analysis: { analyze: counter.analyze } });
    const get = async (path: string) =>
      (await fetch(`${server.url}/api${path}`)).json() as Promise<Record<string, any>>;
    try {
      expect((await get('/entities')).items.length).toBeGreaterThan(0);
      expect((await get('/status')).collection).toMatchObject({ ready: true, documents: STORED, updating: false });
      const order: string[] = [];
      const collected = new Promise<void>((resolve) =>
        server.services.analysis.onCollected(() => (order.push('collected'), resolve())),
      );

      // In the local single-user mode (this store has no users) writes carry the page's CSRF token.
      const { csrfToken } = await get('/session');
      const posted = await fetch(`${server.url}/api/analyze`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: JSON.stringify({ text: texts[STORED], name: 'added.txt', store: true }),
      });
      const added = (await posted.json()) as { stored: string; analysis: { documents: Array<{ id: string }> } };
      order.push('stored');
      expect(added.stored).toBe('new');
      expect(await get('/health')).toEqual({ ok: true });
      order.push('health');
      // Meanwhile reads get the previous collection, and the new document its own analysis.
      const status = await get('/status');
      const documentId = added.analysis.documents[0]!.id;
      const opened = await get(`/documents/${documentId}`);
      order.push('reads');
      expect(status.collection).toMatchObject({ ready: true, documents: STORED });
      expect(opened.analysis.id).toBe(documentId);

      await collected;
      expect(order).toEqual(['stored', 'health', 'reads', 'collected']);
      expect((await get('/status')).collection).toMatchObject({ ready: true, documents: STORED + 1 });
      expect((await get(`/documents/${documentId}`)).analysis.id).toBe(documentId);
      // The stored documents were never analysed again; the upload was analysed by its own request.
      expect(counter.calls).toEqual([]);
    } finally {
      await server.close();
    }
  }, 600_000);
});
