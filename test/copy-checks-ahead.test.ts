/**
 * A parallel ingest checks each new document for copies of stored stories in its workers, each on a
 * read-only connection of its own; the thread that stores takes a verdict only when no bucket of the
 * document's band keys changed since the state the worker read, so the store ends as one thread
 * leaves it. Needs `npm run build` (the workers run the compiled code).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultReadLimits } from '../src/readers/index.js';
import { checkCopyAhead, CopyFinder } from '../src/services/copy-finder.js';
import { IngestService } from '../src/services/ingest.service.js';
import { prepareAnalysis } from '../src/services/prepared-analysis.js';
import { openDatabase, openStoreReader } from '../src/store/database.js';
import { DocumentsRepository } from '../src/store/repositories/documents.repository.js';
import type { Database as Schema } from '../src/store/schema.js';
import { ownParagraph } from './helpers/bad-inputs.js';
import { analyzeText } from './helpers/documents.js';

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'puente-copy-checks-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Eighty words as sentences of ten, each begun with a capital and ended with a full stop. */
function sentences(n: number): string {
  const words = ownParagraph(n).split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 10) {
    const sentence = words.slice(i, i + 10).join(' ');
    out.push(`${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`);
  }
  return out.join(' ');
}

/** The `n`th story: a headline and three paragraphs of its own. */
function story(n: number): string {
  return [`Report number ${n} from the border`, sentences(3 * n), sentences(3 * n + 1), sentences(3 * n + 2)].join(
    '\n\n',
  );
}

/** A site's copy of a story: its furniture around the story, the last paragraph cut when `cut`. */
function copyOf(n: number, site: string, cut = false): string {
  const paragraphs = story(n).split('\n\n');
  return [`${site} | Home | News`, ...paragraphs.slice(0, cut ? 3 : 4), 'Share this story', `More from ${site}`].join(
    '\n\n',
  );
}

/** What a store holds of its documents, versions and copies (times left out). */
function contents(file: string): unknown {
  const db = new Database(file, { readonly: true });
  try {
    return {
      documents: db.prepare('SELECT id FROM documents ORDER BY id').all(),
      versions: db.prepare('SELECT locator, version, document_id FROM document_versions ORDER BY locator').all(),
      copies: db
        .prepare(
          'SELECT document_id, locator, copy_id, containment, jaccard FROM document_copies ORDER BY locator, copy_id',
        )
        .all(),
    };
  } finally {
    db.close();
  }
}

describe('copy checks made ahead in the workers', () => {
  it('leave the store as one thread leaves it, copies read next to their story and far from it alike', async () => {
    const folder = join(dir, 'in');
    mkdirSync(folder);
    const files: Array<[string, string]> = [];
    for (let n = 0; n < 16; n++) files.push([`${String(n).padStart(2, '0')}-story.txt`, story(n)]);
    // A copy right behind its story is checked by a worker before the story is stored; copies far
    // behind are checked against a store that holds it.
    for (const n of [0, 5, 9]) files.push([`${String(n).padStart(2, '0')}-story-copy.txt`, copyOf(n, 'Near Post')]);
    for (const n of [1, 2, 7, 12]) files.push([`99-${n}-far-copy.txt`, copyOf(n, 'Far Times', n % 2 === 0)]);
    for (const [name, text] of files) writeFileSync(join(folder, name), text);

    const results = [];
    for (const jobs of [1, 2]) {
      const path = join(dir, `jobs-${jobs}.db`);
      const db = await openDatabase({ dialect: 'sqlite', path });
      try {
        results.push({
          path,
          ...(await new IngestService(db).ingestPaths([folder], defaultReadLimits, undefined, jobs)),
        });
      } finally {
        await db.destroy();
      }
    }
    const [single, parallel] = results as [(typeof results)[0], (typeof results)[0]];
    expect(single.summary).toMatchObject({ read: 23, new: 16, copies: 7, failed: 0 });
    expect(parallel.summary).toEqual(single.summary);
    expect(parallel.outcomes).toEqual(single.outcomes);
    expect(contents(parallel.path)).toEqual(contents(single.path));
    // One thread checks every new document itself; the pool's workers made most of the checks.
    expect(single.copyChecks).toEqual({ ahead: 0, here: 23 });
    expect(parallel.copyChecks.ahead + parallel.copyChecks.here).toBe(23);
    expect(parallel.copyChecks.ahead).toBeGreaterThan(0);
  }, 120_000);
});

describe('a copy check made on a connection of its own', () => {
  let path: string;
  let db: Kysely<Schema>;
  let reader: Kysely<Schema>;
  beforeEach(async () => {
    path = join(dir, 'store.db');
    db = await openDatabase({ dialect: 'sqlite', path });
    reader = openStoreReader(path);
  });
  afterEach(async () => {
    await reader.destroy();
    await db.destroy();
  });

  const prepared = (text: string) => prepareAnalysis(analyzeText(text));
  const request = (text: string, locator: string) => {
    const { documentId, bands, shingles } = prepared(text);
    return { store: path, documentId, locator, bands, shingles };
  };

  it('says which state of the band keys it saw, and the writer knows when a bucket it read changed since', async () => {
    const finder = new CopyFinder();
    const copy = request(copyOf(3, 'Near Post'), 'copy.txt');
    const before = await checkCopyAhead(reader, finder, copy);
    expect(before.found).toBeNull();

    const documents = new DocumentsRepository(db);
    const ingest = new IngestService(db);
    // A story the copy does not share keys with changes none of its buckets.
    await ingest.store(analyzeText(story(4)), 'other.txt');
    expect(await documents.bandsChangedSince(before.mark, copy.bands)).toBe(false);
    // Its story does: the verdict made before it was stored is not the writer's to take.
    await ingest.store(analyzeText(story(3)), 'story.txt');
    expect(await documents.bandsChangedSince(before.mark, copy.bands)).toBe(true);

    const after = await checkCopyAhead(reader, finder, copy);
    expect(after.found).toMatchObject({ story: prepared(story(3)).documentId });
    expect(after.found && typeof after.found === 'object' && after.found.containment).toBeGreaterThanOrEqual(0.5);
    expect(await documents.bandsChangedSince(after.mark, copy.bands)).toBe(false);

    // A key removed from any bucket (a story analysed again gets new ones) makes every verdict stale.
    await db
      .deleteFrom('document_bands')
      .where('document_id', '=', prepared(story(4)).documentId)
      .execute();
    expect(await documents.bandsChangedSince(after.mark, copy.bands)).toBe(true);
  });

  it('is not needed for a document or a locator the store holds already', async () => {
    await new IngestService(db).store(analyzeText(story(6)), 'story.txt');
    const finder = new CopyFinder();
    expect((await checkCopyAhead(reader, finder, request(story(6), 'elsewhere.txt'))).found).toBe('stored');
    expect((await checkCopyAhead(reader, finder, request(copyOf(6, 'Site'), 'story.txt'))).found).toBe('stored');
    expect((await checkCopyAhead(reader, finder, request(copyOf(6, 'Site'), 'copy.txt'))).found).toMatchObject({
      story: prepared(story(6)).documentId,
    });
  });

  it('opens no store that is not there, and writes nothing through its connection', async () => {
    expect(() => openStoreReader(join(dir, 'missing.db'))).toThrow(/missing\.db: cannot open the SQLite store to read/);
    await expect(reader.deleteFrom('document_bands').execute()).rejects.toThrow(/readonly/);
  });
});
