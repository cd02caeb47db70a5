// The Pages & feeds page in a real browser: a page fetched by URL, a feed watched, a refused URL.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultReadLimits } from '../../src/readers/index.js';
import { HostPolicy } from '../../src/services/web-intake.service.js';
import type { Database } from '../../src/store/schema.js';
import { chromiumPath, openRoute, screenshots } from '../helpers/browser.js';
import { startServer } from '../helpers/server.js';
import { repoRoot } from '../helpers/shared.js';
import { newTestStore } from '../helpers/store.js';
import { startWebSite } from '../helpers/web-site.js';

describe.skipIf(!existsSync(chromiumPath))('Pages & feeds, in a real browser', () => {
  let store: { db: Kysely<Database>; close: () => Promise<void> };
  let site: Awaited<ReturnType<typeof startWebSite>>;
  let server: { url: string; close: () => Promise<void> };
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    store = await newTestStore('sqlite');
    site = await startWebSite();
    // The server may fetch from the test's own site on 127.0.0.1, and nowhere else private.
    server = await startServer(store.db, join(repoRoot, 'web', 'public'), {
      web: { limits: defaultReadLimits, timeoutMs: 5000, maxRedirects: 5, policy: new HostPolicy(['127.0.0.1']) },
    });
    mkdirSync(screenshots, { recursive: true });
    browser = await chromium.launch({ executablePath: chromiumPath });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('dialog', (dialog) => void dialog.accept());
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await site?.close();
    await store?.close();
  });

  it('fetches a page by URL, watches a feed with its last error, and refuses a loopback URL it was not allowed', async () => {
    await openRoute(page, server.url, '#/sources');
    await page.fill('input[name=url]', `${site.url}/2025/12/11/talks.html`);
    await page.click('form[aria-labelledby=fetch-title] button[type=submit]');
    await page.waitForSelector('.intake-result');
    expect(await page.locator('.intake-result').textContent()).toContain(
      'read 1: 1 new, 0 unchanged, 0 new versions, 0 failed',
    );

    await page.fill('input[name=url]', 'http://[::1]:9/feed.xml');
    await page.click('form[aria-labelledby=fetch-title] button[type=submit]');
    await page.waitForSelector('.error-box');
    expect(await page.locator('.error-box').textContent()).toContain(
      'http://[::1]:9/feed.xml: is a loopback address; Puente does not fetch from private, loopback or link-local addresses',
    );

    await page.fill('input[name=feed]', `${site.url}/rss.xml`);
    await page.fill('input[name=every]', '2h');
    await page.click('form[aria-labelledby=watch-title] button[type=submit]');
    await page.waitForSelector('table.watches tr[data-watch]');
    const row = page.locator('table.watches tr[data-watch]');
    expect(await row.textContent()).toContain('Valley Courier: Security');
    expect(await row.textContent()).toContain('2h');
    expect(await row.locator('.watch-error').textContent()).toMatch(
      /1 of 3 new items failed; the first: .*gone\.html: answered HTTP 404 Not Found/,
    );
    await page.screenshot({ path: join(screenshots, 'sources-desktop.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(screenshots, 'sources-mobile.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });

    await row.getByRole('button', { name: 'Read now' }).click();
    // The server's copy is current: the feed answers 304 to the conditional request.
    await page.locator('.toast', { hasText: 'Not modified since the last read.' }).waitFor();
    await page.locator('table.watches tr[data-watch]').getByRole('button', { name: 'Stop watching' }).click();
    await page.waitForSelector('.empty');
    expect(await page.locator('main').textContent()).toContain('No feeds are watched yet.');
    expect(pageErrors).toEqual([]);
  });
});
