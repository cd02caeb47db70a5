import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Database } from '../../src/store/schema.js';
import { startServer } from './server.js';
import { repoRoot } from './shared.js';

/** Debian's Chromium, which the browser tests drive; they skip where it is missing. */
export const chromiumPath = '/usr/bin/chromium';

/** Where the browser tests save their screenshots. */
export const screenshots = join(repoRoot, 'test-results', 'screenshots');

/** Opens a route of the web app and waits until the app has rendered it (hash changes navigate within the page). */
export async function openRoute(page: Page, serverUrl: string, hash: string): Promise<void> {
  await page.goto(`${serverUrl}/${hash}`);
  await page.waitForFunction((route) => {
    const main = document.getElementById('main');
    return main?.dataset.route === route && main.getAttribute('aria-busy') === 'false';
  }, hash);
}

/** The widths every page is checked at: a desktop and a phone. */
export const viewports = { desktop: { width: 1280, height: 800 }, mobile: { width: 390, height: 844 } } as const;

/**
 * Opens a route at each width of `viewports`, waits for `ready`, drops passing toasts and saves
 * `<dir>/<name>-<width>.png`; leaves the page at the desktop width.
 */
export async function screenshotRoute(
  page: Page,
  serverUrl: string,
  dir: string,
  name: string,
  hash: string,
  ready: string,
  fullPage = true,
): Promise<void> {
  for (const [size, viewport] of Object.entries(viewports)) {
    await page.setViewportSize(viewport);
    await openRoute(page, serverUrl, hash);
    await page.waitForSelector(ready);
    await page.evaluate(() => document.querySelectorAll('.toast').forEach((toast) => toast.remove()));
    await page.screenshot({ path: `${dir}/${name}-${size}.png`, fullPage });
  }
  await page.setViewportSize(viewports.desktop);
}

/**
 * The web app served from `db` (with the built web app), open in a new Chromium page at the desktop
 * width; the page's uncaught errors are pushed to `pageErrors`. `close()` closes the browser, then the server.
 */
export async function openWebApp(
  db: Kysely<Database>,
  pageErrors: string[],
  pageOptions: { acceptDownloads?: boolean } = {},
): Promise<{ server: Awaited<ReturnType<typeof startServer>>; page: Page; close: () => Promise<void> }> {
  const server = await startServer(db, join(repoRoot, 'web', 'public'));
  let browser: Browser | undefined;
  try {
    mkdirSync(screenshots, { recursive: true });
    browser = await chromium.launch({ executablePath: chromiumPath });
    const page = await browser.newPage({ viewport: viewports.desktop, ...pageOptions });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const opened = browser;
    return {
      server,
      page,
      close: async () => {
        await opened.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.close();
    throw error;
  }
}
