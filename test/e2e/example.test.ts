// The bundled example in a real browser: the timeline shows each event once with its sources, and the
// compare view shows only what comparing the chosen documents found.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultReadLimits } from '../../src/readers/index.js';
import { IngestService } from '../../src/services/ingest.service.js';
import type { Database } from '../../src/store/schema.js';
import { openRoute } from '../helpers/browser.js';
import { startServer } from '../helpers/server.js';
import { repoRoot } from '../helpers/shared.js';
import { newTestStore } from '../helpers/store.js';

const chromiumPath = '/usr/bin/chromium';
const screenshots = join(repoRoot, 'test-results', 'screenshots');
const viewports = { desktop: { width: 1280, height: 800 }, mobile: { width: 390, height: 844 } } as const;

interface Story { id: string; type: string; documents: string[]; reports: Array<{ document: string; date: string | null }> }
interface Finding { kind: string; documents: string[]; evidence: Array<{ document: string }> }

describe.skipIf(!existsSync(chromiumPath))('the bundled example, in a real browser', () => {
  let store: { db: Kysely<Database>; close: () => Promise<void> };
  let server: { url: string; close: () => Promise<void> };
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const api = async <T>(path: string): Promise<T> => (await (await fetch(`${server.url}/api${path}`)).json()) as T;
  const go = (hash: string) => openRoute(page, server.url, hash);
  const shoot = async (name: string, hash: string, ready: string) => {
    for (const [size, viewport] of Object.entries(viewports)) {
      await page.setViewportSize(viewport);
      await go(hash);
      await page.waitForSelector(ready);
      await page.screenshot({ path: join(screenshots, `${name}-${size}.png`), fullPage: true });
    }
    await page.setViewportSize(viewports.desktop);
  };

  beforeAll(async () => {
    store = await newTestStore('sqlite');
    await new IngestService(store.db).ingestPaths([join(repoRoot, 'example', 'documents')], defaultReadLimits);
    server = await startServer(store.db, join(repoRoot, 'web', 'public'));
    mkdirSync(screenshots, { recursive: true });
    browser = await chromium.launch({ executablePath: chromiumPath });
    page = await browser.newPage({ viewport: viewports.desktop });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  it('shows one timeline row for each story, and never joins events weeks apart', async () => {
    const { items: stories, total } = await api<{ items: Story[]; total: number }>('/stories?limit=500');
    expect(stories.length).toBe(total);
    for (const story of stories) {
      const days = story.reports.map((r) => r.date).filter((d): d is string => d !== null && /^\d{4}-\d{2}-\d{2}$/.test(d)).map((d) => Date.parse(d) / 86_400_000);
      if (days.length > 1) expect(Math.max(...days) - Math.min(...days), story.id).toBeLessThanOrEqual(7);
    }
    await shoot('timeline', '#/timeline', '.tl-item');
    expect(await page.locator('.tl-item').count()).toBe(total);
    // Filtering by a type keeps only that type's rows.
    const type = stories[0]!.type;
    await go(`#/timeline?type=${type}`);
    await page.waitForSelector('.tl-item');
    const shown = await page.locator('.tl-item .etype').allTextContents();
    expect(shown.length).toBe(stories.filter((s) => s.type === type).length);
    expect(shown.every((t) => t === type)).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('compares two documents with findings between those two only', async () => {
    const { items: documents } = await api<{ items: Array<{ id: string }> }>('/documents?limit=500');
    expect(documents.length).toBeGreaterThan(2);
    // The two documents that share the most stories: the pair a user would compare.
    const { items: stories } = await api<{ items: Story[] }>('/stories?limit=500');
    const counts = new Map<string, number>();
    for (const story of stories)
      for (const a of story.documents) for (const b of story.documents) if (a < b) counts.set(`${a},${b}`, (counts.get(`${a},${b}`) ?? 0) + 1);
    const pair = [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0] ?? `${documents[0]!.id},${documents[1]!.id}`;
    const chosen = pair.split(',');
    const { items: findings } = await api<{ items: Finding[] }>(`/findings?docs=${pair}&limit=500`);
    for (const finding of findings) {
      for (const id of finding.documents) expect(chosen).toContain(id);
      for (const e of finding.evidence) expect(chosen).toContain(e.document);
    }
    await shoot('compare-example', `#/compare?docs=${pair}`, '.compare-col');
    expect(await page.locator('.compare-col').count()).toBe(2);
    expect(await page.locator('.finding-list li').count()).toBe(findings.length);
    expect(pageErrors).toEqual([]);
  });

  it('finds the Spanish documents that write "México" when searched for "Mexico"', async () => {
    const { items: hits } = await api<{ items: Array<{ language: string; snippet: string; marks: Array<{ start: number; end: number }> }> }>('/search?q=Mexico');
    const spanish = hits.filter((hit) => hit.language === 'es');
    expect(spanish.length).toBeGreaterThan(0);
    expect(spanish.flatMap((hit) => hit.marks.map((m) => hit.snippet.slice(m.start, m.end)))).toContain('México');
    await go('#/search?q=Mexico&language=es');
    await page.waitForSelector('.hit mark');
    const marked = await page.locator('.hit mark').allTextContents();
    expect(marked).toContain('México');
    expect(marked.every((word) => word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase() === 'mexico')).toBe(true);
    await shoot('search-example', '#/search?q=Mexico', '.hit');
  });
});
