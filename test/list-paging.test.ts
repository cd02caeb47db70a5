// Every list the API serves pages: over the bundled example, each list holds more than the limit,
// and following nextCursor from the first page meets every item of the whole list once, in order.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultReadLimits } from '../src/readers/index.js';
import { IngestService } from '../src/services/ingest.service.js';
import { newExampleStore } from './helpers/example-store.js';
import { startServer } from './helpers/server.js';

type Page = { items: unknown[]; nextCursor: string | null; total: number };

describe('paged lists over the API', () => {
  let store: Awaited<ReturnType<typeof newExampleStore>>;
  let server: Awaited<ReturnType<typeof startServer>>;
  const get = async (path: string) => {
    const response = await fetch(`${server.url}/api${path}`);
    const body = (await response.json()) as Page & Record<string, unknown>;
    expect(response.status, `${path}: ${JSON.stringify(body)}`).toBe(200);
    return body;
  };
  const withParams = (path: string, params: string) => `${path}${path.includes('?') ? '&' : '?'}${params}`;

  /** Follows the cursors from the first page to the last. */
  const walk = async (path: string, limit: number, from: string | null = null) => {
    const pages: Page[] = [];
    let cursor: string | null = from;
    do {
      const page: Page = await get(
        withParams(path, `limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`),
      );
      pages.push(page);
      cursor = page.nextCursor;
    } while (cursor && pages.length < 200);
    return pages;
  };

  beforeAll(async () => {
    store = await newExampleStore();
    server = await startServer(store.db);
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await store?.close();
  });

  it('reaches every item of every list through its cursors, none repeated or lost', async () => {
    const ids = (await get('/documents?limit=500')).items.map((d) => (d as { id: string }).id);
    const commitment = store.agreement.commitments[0]!.id;
    const lists: Array<[string, number]> = [
      ['/documents', 2],
      ['/entities', 7],
      ['/entities?kind=person', 3],
      ['/events', 5],
      ['/stories', 3],
      ['/stories?from=2025', 2],
      [`/findings?docs=${ids.join(',')}`, 2],
      ['/proposals', 3],
      [`/proposals?state=pending&commitment=${encodeURIComponent(commitment)}`, 1],
      ['/search?q=security', 2],
      ['/search?q=mexico&language=en', 1],
    ];
    for (const [path, limit] of lists) {
      const whole = await get(withParams(path, 'limit=500'));
      expect(whole.nextCursor, path).toBeNull();
      expect(whole.items.length, path).toBe(whole.total);
      expect(whole.total, `${path} holds more than the limit`).toBeGreaterThan(limit);
      const pages = await walk(path, limit);
      expect(pages.length, path).toBe(Math.ceil(whole.total / limit));
      for (const page of pages.slice(0, -1)) expect(page.items, path).toHaveLength(limit);
      expect(
        pages.every((p) => p.total === whole.total),
        path,
      ).toBe(true);
      const walked = pages.flatMap((p) => p.items).map((item) => JSON.stringify(item));
      expect(walked, path).toEqual(whole.items.map((item) => JSON.stringify(item)));
      expect(new Set(walked).size, `${path}: no item twice`).toBe(walked.length);
    }
  });

  it('keeps the rest of a list reachable when a document is added between pages', async () => {
    const first = await get('/documents?limit=3');
    const dir = mkdtempSync(join(tmpdir(), 'puente-paging-'));
    writeFileSync(
      join(dir, 'late-report.txt'),
      'A late report: the working group met in Tijuana on 2 February 2026 and agreed to meet monthly.\n',
    );
    expect((await new IngestService(store.db).ingestPaths([dir], defaultReadLimits)).summary.new).toBe(1);
    const rest = await walk('/documents', 3, first.nextCursor);
    const seen = [...first.items, ...rest.flatMap((p) => p.items)].map((d) => (d as { id: string }).id);
    const now = (await get('/documents?limit=500')).items.map((d) => (d as { id: string }).id);
    expect(now).toHaveLength(first.total + 1);
    expect(seen).toEqual(now);
  });

  it("gives the follow-up's counts and the first items of each section", async () => {
    const agreement = store.agreement.id;
    const whole = (await get(`/agreements/${agreement}/followup?today=2026-06-01&limit=500`)).followup as Record<
      string,
      any
    >;
    const first = (await get(`/agreements/${agreement}/followup?today=2026-06-01&limit=1`)).followup as Record<
      string,
      any
    >;
    expect(whole.counts.awaitingReview).toBeGreaterThan(1);
    expect(first.counts).toEqual(whole.counts);
    for (const section of ['overdue', 'dueSoon', 'changes', 'awaitingReview']) {
      expect(whole[section], section).toHaveLength(whole.counts[section]);
      expect(first[section], section).toEqual(whole[section].slice(0, 1));
    }
  });

  it('answers 50 items by default and at most 500', async () => {
    // Enough short documents of our own that the document list runs past one default page.
    const dir = mkdtempSync(join(tmpdir(), 'puente-paging-'));
    for (let i = 1; i <= 45; i++)
      writeFileSync(
        join(dir, `note-${i}.txt`),
        `Field note ${i}: inspectors checked ${i * 3} trucks at the crossing on day ${i}.\n`,
      );
    await new IngestService(store.db).ingestPaths([dir], defaultReadLimits);
    const documents = await get('/documents');
    expect(documents.total).toBeGreaterThan(50);
    expect(documents.items).toHaveLength(50);
    for (const path of ['/entities', '/events', '/stories', '/proposals', '/search?q=security']) {
      const page = await get(path);
      expect(page.items, path).toHaveLength(Math.min(50, page.total));
      expect(page.nextCursor === null, path).toBe(page.total <= 50);
    }
    const all = await get('/documents?limit=500');
    expect(all.items).toHaveLength(Math.min(500, all.total));
  });
});
