import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { defaultReadLimits } from '../src/readers/index.js';
import { IngestService } from '../src/services/ingest.service.js';
import { DocumentsRepository } from '../src/store/repositories/documents.repository.js';
import type { Database } from '../src/store/schema.js';
import { goodArticle, ownParagraph } from './helpers/bad-inputs.js';
import { forEachDialect, newTestStore } from './helpers/store.js';

forEachDialect(['sqlite', 'postgres'], (dialect) => {
  let store: { db: Kysely<Database>; close: () => Promise<void> };
  let dir: string;
  beforeEach(async () => {
    store = await newTestStore(dialect);
    dir = mkdtempSync(join(tmpdir(), 'puente-ingest-'));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores a document once and says so on the second ingest', async () => {
    const path = join(dir, 'tanker.txt');
    writeFileSync(path, goodArticle);
    const service = new IngestService(store.db);
    const first = await service.ingestPaths([path], defaultReadLimits);
    const second = await service.ingestPaths([path], defaultReadLimits);
    expect(first.summary).toEqual({ read: 1, new: 1, unchanged: 0, versions: 0, copies: 0, failed: 0, skipped: 0 });
    expect(second.summary).toEqual({ read: 1, new: 0, unchanged: 1, versions: 0, copies: 0, failed: 0, skipped: 0 });
    expect(await new DocumentsRepository(store.db).count()).toBe(1);
    // Where the time went: the first ingest analysed the document, the second found it stored.
    expect(first.timings.analysisMs).toBeGreaterThan(0);
    expect(first.timings.storeMs).toBeGreaterThan(0);
    expect(second.timings.analysisMs).toBe(0);
  });

  it('with one job, reads and analyses files ahead of storing them, and stores content read twice once', async () => {
    const article = (n: number) =>
      `Report number ${n} from the border\n\n${ownParagraph(n)}.\n\n${ownParagraph(n + 50)}.`;
    writeFileSync(join(dir, 'a.txt'), article(1));
    writeFileSync(join(dir, 'b.txt'), article(2));
    writeFileSync(join(dir, 'c.txt'), article(1));
    const service = new IngestService(store.db);
    // b.txt changes once a.txt is stored: a file read ahead was read before, and is stored as it was then.
    const { outcomes, summary } = await service.ingestPaths([dir], defaultReadLimits, ({ done }) => {
      if (done === 1) writeFileSync(join(dir, 'b.txt'), article(3));
    });
    expect(summary).toMatchObject({ read: 3, new: 2, unchanged: 1, failed: 0 });
    expect(outcomes.map(({ outcome }) => outcome)).toEqual(['new', 'new', 'duplicate']);
    const documents = new DocumentsRepository(store.db);
    const stored = await Promise.all(outcomes.map(({ id }) => documents.get(id)));
    expect(stored[1]!.text).toContain(ownParagraph(2));
    expect(stored[1]!.text).not.toContain(ownParagraph(3));
    expect(outcomes[2]!.id).toBe(outcomes[0]!.id);
  });

  it('treats line endings and trailing spaces as the same content', async () => {
    const unix = join(dir, 'unix.txt');
    const windows = join(dir, 'windows.txt');
    writeFileSync(unix, goodArticle);
    writeFileSync(windows, goodArticle.replace(/\n/g, '  \r\n'));
    const { outcomes } = await new IngestService(store.db).ingestPaths([unix, windows], defaultReadLimits);
    expect(outcomes.map((o) => o.outcome)).toEqual(['new', 'duplicate']);
    expect(outcomes[0]!.id).toBe(outcomes[1]!.id);
  });

  it('keeps the old version when the content at a path changes', async () => {
    const path = join(dir, 'tanker.txt');
    const service = new IngestService(store.db);
    writeFileSync(path, goodArticle);
    await service.ingestPaths([path], defaultReadLimits);
    writeFileSync(path, goodArticle.replace('crew of six', 'crew of seven'));
    const { summary, outcomes } = await service.ingestPaths([path], defaultReadLimits);
    expect(summary).toEqual({ read: 1, new: 0, unchanged: 0, versions: 1, copies: 0, failed: 0, skipped: 0 });
    const documents = new DocumentsRepository(store.db);
    expect(await documents.count()).toBe(2);
    const versions = await documents.versionsOf(path);
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions[1]!.documentId).toBe(outcomes[0]!.id);
  });

  it('writes nothing for an input that fails, and stores its neighbours', async () => {
    writeFileSync(join(dir, 'a-good.txt'), goodArticle);
    writeFileSync(join(dir, 'b-empty.txt'), '');
    const { summary, problems } = await new IngestService(store.db).ingestPaths([dir], defaultReadLimits);
    expect(summary).toEqual({ read: 2, new: 1, unchanged: 0, versions: 0, copies: 0, failed: 1, skipped: 0 });
    expect(problems.map((p) => p.message)).toEqual([`${join(dir, 'b-empty.txt')}: is empty (0 bytes)`]);
    expect(await new DocumentsRepository(store.db).count()).toBe(1);
  });

  it('rolls back a document whose write fails half-way', async () => {
    const path = join(dir, 'tanker.txt');
    writeFileSync(path, goodArticle);
    const service = new IngestService(store.db);
    await service.ingestPaths([path], defaultReadLimits);
    // A trigger makes the version insert fail after the new document row was written.
    await injectVersionFailure(store.db, dialect);
    writeFileSync(path, goodArticle.replace('six', 'nine'));
    await expect(service.ingestPaths([path], defaultReadLimits)).rejects.toThrow(/injected failure/);
    expect(await new DocumentsRepository(store.db).count()).toBe(1);
    expect(await store.db.selectFrom('chrome_spans').selectAll().execute()).toEqual([]);
  });
});

async function injectVersionFailure(db: Kysely<Database>, dialect: string): Promise<void> {
  if (dialect === 'sqlite') {
    await sql`CREATE TRIGGER fail_version BEFORE INSERT ON document_versions WHEN NEW.version = 2 BEGIN SELECT RAISE(ABORT, 'injected failure'); END`.execute(
      db,
    );
    return;
  }
  await sql`CREATE FUNCTION fail_version() RETURNS trigger AS $$ BEGIN IF NEW.version = 2 THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`.execute(
    db,
  );
  await sql`CREATE TRIGGER fail_version BEFORE INSERT ON document_versions FOR EACH ROW EXECUTE FUNCTION fail_version()`.execute(
    db,
  );
}

forEachDialect(['sqlite', 'postgres'], (dialect) => {
  let store: { db: Kysely<Database>; close: () => Promise<void> };
  let dir: string;
  beforeEach(async () => {
    store = await newTestStore(dialect);
    dir = mkdtempSync(join(tmpdir(), 'puente-copies-'));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const wire = [
    'Customs Agents Find Rifles Hidden in a Cargo of Tiles',
    'Customs agents at the Colombia bridge near Nuevo Laredo found forty rifles and twelve thousand rounds of ammunition hidden in a truck carrying ceramic tiles on Saturday, the tax administration said in a statement.',
    'The driver, a 38-year-old man from Monterrey, was handed to federal prosecutors, and the cargo was kept for inspection. Officials said the weapons had been bought in Texas over several months.',
    'The seizure is the largest at the crossing this year. Both governments have promised to trace every weapon seized at the border, and the security group will review the figures at its next meeting.',
  ];

  it('stores a copy of a stored story as that story, keeping its source and URL, and counts it once', async () => {
    writeFileSync(join(dir, 'a-wire.txt'), wire.join('\n\n'));
    writeFileSync(
      join(dir, 'b-site.txt'),
      ['Home | News | Border', ...wire, 'Share this story', 'Read more: border news'].join('\n\n'),
    );
    writeFileSync(join(dir, 'c-short.txt'), wire.slice(0, 3).join('\n\n'));
    writeFileSync(join(dir, 'd-other.txt'), goodArticle);
    const service = new IngestService(store.db);
    const { summary } = await service.ingestPaths([dir], defaultReadLimits);
    expect(summary).toEqual({ read: 4, new: 2, unchanged: 0, versions: 0, copies: 2, failed: 0, skipped: 0 });
    const documents = new DocumentsRepository(store.db);
    expect(await documents.count()).toBe(2);
    const story = (await documents.latestVersion(join(dir, 'a-wire.txt')))!.documentId;
    expect((await documents.latestVersion(join(dir, 'b-site.txt')))!.documentId).toBe(story);
    const copies = await documents.copiesOf(story);
    expect(copies.map((c) => c.locator)).toEqual([join(dir, 'b-site.txt'), join(dir, 'c-short.txt')]);
    expect(copies.every((c) => c.containment >= 0.5)).toBe(true);
    // Read again, a copy is unchanged, not a new version of the story.
    expect((await service.ingestPaths([dir], defaultReadLimits)).summary).toMatchObject({
      unchanged: 4,
      copies: 0,
      versions: 0,
    });
  });
});
