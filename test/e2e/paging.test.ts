// Paged lists in a real browser: a list longer than a page shows its first page and a "More" button
// that brings the rest, each item once, and then goes away.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultReadLimits } from '../../src/readers/index.js';
import { IngestService } from '../../src/services/ingest.service.js';
import { chromiumPath, openRoute, screenshotRoute, screenshots } from '../helpers/browser.js';
import { newExampleStore } from '../helpers/example-store.js';
import { startServer } from '../helpers/server.js';
import { repoRoot } from '../helpers/shared.js';

describe.skipIf(!existsSync(chromiumPath))('paged lists, in a real browser', () => {
  let store: Awaited<ReturnType<typeof newExampleStore>>;
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const api = async <T>(path: string): Promise<T> => (await (await fetch(`${server.url}/api${path}`)).json()) as T;

  beforeAll(async () => {
    store = await newExampleStore();
    // More documents than one page holds: short notes of our own.
    const dir = mkdtempSync(join(tmpdir(), 'puente-paging-web-'));
    for (let i = 1; i <= 52; i++)
      writeFileSync(
        join(dir, `note-${String(i).padStart(2, '0')}.txt`),
        `Field note ${i}: inspectors checked ${i * 3} trucks at the crossing on day ${i}.\n`,
      );
    await new IngestService(store.db).ingestPaths([dir], defaultReadLimits);
    server = await startServer(store.db, join(repoRoot, 'web', 'public'));
    mkdirSync(screenshots, { recursive: true });
    browser = await chromium.launch({ executablePath: chromiumPath });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  it('lists the first 50 documents, and the rest with More, each once', async () => {
    const { items, total } = await api<{ items: Array<{ id: string }>; total: number }>('/documents?limit=500');
    expect(total).toBe(59);
    await openRoute(page, server.url, '#/documents');
    const links = page.locator('table.data tbody a');
    expect(await links.count()).toBe(50);
    expect(await page.locator('.more-row').textContent()).toContain(`50 of ${total} shown`);
    await page.getByRole('button', { name: 'More' }).click();
    await expect.poll(() => links.count()).toBe(total);
    const hrefs = await links.evaluateAll((nodes) => nodes.map((a) => a.getAttribute('href')));
    // The page sorts what it has loaded (newest first by default): every document shows, each once.
    expect([...hrefs].sort()).toEqual(items.map((d) => `#/document/${d.id}`).sort());
    expect(await page.getByRole('button', { name: 'More' }).count()).toBe(0);
    expect(await page.locator('.more-row').textContent()).toContain(`${total} of ${total} shown`);
    expect(pageErrors).toEqual([]);
  });

  it('pages the review queue and the compare picker the same way', async () => {
    const { total } = await api<{ total: number }>('/proposals');
    await openRoute(page, server.url, '#/review');
    const cards = page.locator('.proposal');
    expect(await cards.count()).toBe(Math.min(50, total));
    if (total > 50) {
      await page.getByRole('button', { name: 'More' }).click();
      await expect.poll(() => cards.count()).toBe(total);
    }
    await openRoute(page, server.url, '#/compare');
    const picks = page.locator('input[name=doc]');
    expect(await picks.count()).toBe(50);
    await page.getByRole('button', { name: 'More' }).click();
    await expect.poll(() => picks.count()).toBe(59);
    await screenshotRoute(page, server.url, screenshots, 'documents-paged', '#/documents', '.more-row');
    expect(pageErrors).toEqual([]);
  });
});
