import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { analyzeDocument, isFailedAnalysis } from '../src/pipeline/index.js';
import { defaultReadLimits } from '../src/readers/index.js';
import { IngestService } from '../src/services/ingest.service.js';
import { loadDocument } from '../src/services/load-document.js';
import { openDatabase } from '../src/store/database.js';
import type { Database } from '../src/store/schema.js';
import { goodArticle, ownParagraph } from './helpers/bad-inputs.js';
import { bundleCli } from './helpers/cli-process.js';
import { repoRoot } from './helpers/shared.js';
import { forEachDialect, newTestStore } from './helpers/store.js';

const FILES = 8;

/**
 * Distinct articles, so each is its own document: the same opening, then a paragraph of its own
 * long enough that no two are copies of one story (which would be stored as that story).
 */
function writeArticles(dir: string): void {
  for (let i = 1; i <= FILES; i++) {
    writeFileSync(
      join(dir, `report-${String(i).padStart(2, '0')}.txt`),
      `${goodArticle}\nThe navy said it was operation number ${i} this year on that coast: ${ownParagraph(i)}.\n`,
    );
  }
}

async function expectEachFileStoredOnce(db: Kysely<Database>, dir: string): Promise<void> {
  const versions = await db.selectFrom('document_versions').select(['locator', 'version']).orderBy('locator').execute();
  expect(versions.map((v) => `${v.locator}#${v.version}`)).toEqual(
    Array.from({ length: FILES }, (_, i) => `${join(dir, `report-${String(i + 1).padStart(2, '0')}.txt`)}#1`),
  );
  const documents = await db.selectFrom('documents').select('id').execute();
  expect(documents).toHaveLength(FILES);
}

const newCount = (summary: string) => Number(/read \d+: (\d+) new/.exec(summary)?.[1] ?? NaN);

describe('two ingest processes at once on one SQLite store', () => {
  let cli: Awaited<ReturnType<typeof bundleCli>>;
  let dir: string;
  beforeAll(async () => void (cli = await bundleCli()));
  afterAll(() => cli.close());
  beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'puente-writers-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('both finish, every file is stored once, and the proposals of both are kept once', async () => {
    const docs = join(dir, 'docs');
    const storePath = join(dir, 'store.db');
    mkdirSync(docs);
    writeArticles(docs);
    const imported = await cli.run([
      'agreement',
      'import',
      join(repoRoot, 'example', 'agreement.yaml'),
      '--db',
      storePath,
      '--as',
      'Secretariat',
    ]);
    expect(imported.stderr).toBe('');
    // Both start on the same files in the same order, so they race for every document.
    const runs = await Promise.all([
      cli.run(['ingest', docs, '--db', storePath]),
      cli.run(['ingest', docs, '--db', storePath]),
    ]);
    for (const run of runs) {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    }
    const summaries = runs.map((run) => run.stdout.split('\n').find((line) => line.startsWith('read '))!);
    expect(newCount(summaries[0]!) + newCount(summaries[1]!)).toBe(FILES);
    const db = await openDatabase({ dialect: 'sqlite', path: storePath });
    try {
      await expectEachFileStoredOnce(db, docs);
      const proposals = await db.selectFrom('proposals').select('id').execute();
      expect(new Set(proposals.map((p) => p.id)).size).toBe(proposals.length);
    } finally {
      await db.destroy();
    }
  });
});

forEachDialect(['postgres'], (dialect) => {
  it('two ingests at once on two connections both finish, with every file stored once', async () => {
    const store = await newTestStore(dialect);
    const other = await openDatabase(store.config);
    const dir = mkdtempSync(join(tmpdir(), 'puente-writers-'));
    try {
      writeArticles(dir);
      const [a, b] = await Promise.all([
        new IngestService(store.db).ingestPaths([dir], defaultReadLimits),
        new IngestService(other).ingestPaths([dir], defaultReadLimits),
      ]);
      expect(a.problems).toEqual([]);
      expect(b.problems).toEqual([]);
      expect(a.summary.new + b.summary.new).toBe(FILES);
      await expectEachFileStoredOnce(store.db, dir);
    } finally {
      await other.destroy();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('two connections to one SQLite file writing the same documents at once', () => {
  it('both finish: the one that loses the race runs its transaction again and finds the document stored', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'puente-writers-'));
    // One process here, so a connection waiting for the lock would block the one holding it: keep
    // the wait short and let the retry do the work, as it does for a stale snapshot between processes.
    const config = { dialect: 'sqlite', path: join(dir, 'store.db'), busyTimeoutMs: 20 } as const;
    const [first, second] = [await openDatabase(config), await openDatabase(config)];
    try {
      writeArticles(dir);
      const outcomes: string[] = [];
      for (const name of readdirSync(dir).filter((file) => file.endsWith('.txt'))) {
        const path = join(dir, name);
        const analysis = analyzeDocument((await loadDocument(path, defaultReadLimits)).document);
        if (isFailedAnalysis(analysis)) throw new Error(`${path}: ${analysis.failure.reason}`);
        // The two calls interleave statement by statement on the two connections.
        outcomes.push(
          ...(await Promise.all([
            new IngestService(first).store(analysis, path),
            new IngestService(second).store(analysis, path),
          ])),
        );
      }
      expect(outcomes.filter((o) => o === 'new')).toHaveLength(FILES);
      expect(outcomes.filter((o) => o === 'unchanged')).toHaveLength(FILES);
      await expectEachFileStoredOnce(first, dir);
    } finally {
      await first.destroy();
      await second.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the API when other writers keep the store busy past every retry', () => {
  it('answers 503 with Retry-After, not 500', async () => {
    const { Hono } = await import('hono');
    const { handleError } = await import('../src/server/errors.js');
    const app = new Hono().get('/', () => {
      throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    });
    app.onError(handleError);
    const response = await app.request('/');
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('5');
    expect(await response.json()).toEqual({
      error: { code: 'store_busy', message: 'The store is busy with other writers; try again' },
    });
  });
});
