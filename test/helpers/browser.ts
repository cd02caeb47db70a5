import type { Page } from 'playwright-core';

/** Opens a route of the web app and waits until the app has rendered it (hash changes navigate within the page). */
export async function openRoute(page: Page, serverUrl: string, hash: string): Promise<void> {
  await page.goto(`${serverUrl}/${hash}`);
  await page.waitForFunction((route) => {
    const main = document.getElementById('main');
    return main?.dataset.route === route && main.getAttribute('aria-busy') === 'false';
  }, hash);
}
