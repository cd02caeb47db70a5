// The rough edges a new analyst met in the web app (issue 19), checked in a real browser at 1280
// and 390 pixels on the bundled example: acting as a party, the phone layout of the entities page and
// of the report, search across accents and languages, error pages, one vocabulary in two
// languages, titles, aliases, the documents list and keyboard travel through a document.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHtml } from '../../src/export/report-blocks.js';
import { parseAgreementFile } from '../../src/services/agreement-file.js';
import { ReportService } from '../../src/services/report.service.js';
import type { Database } from '../../src/store/schema.js';
import { chromiumPath, openRoute, openWebApp, screenshotRoute, screenshots, viewports } from '../helpers/browser.js';
import { newServedExampleStore } from '../helpers/example-store.js';
import { repoRoot } from '../helpers/shared.js';

const agreement = parseAgreementFile(
  readFileSync(join(repoRoot, 'example', 'agreement.yaml'), 'utf8'),
  'agreement.yaml',
);
const tunnels = `${agreement.id}/border-security-tunnels`;
const fold = (value: string) =>
  value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

interface Vocabulary {
  statuses: Record<string, string>;
  notAssessed: string;
  ui: Record<string, string>;
}

describe.skipIf(!existsSync(chromiumPath))('the rough edges of the web app, in a real browser at both widths', () => {
  let store: { db: Kysely<Database>; close: () => Promise<void> };
  let server: { url: string; close: () => Promise<void> };
  let closeWebApp: (() => Promise<void>) | undefined;
  let page: Page;
  const pageErrors: string[] = [];
  const api = async <T>(path: string): Promise<T> => (await (await fetch(`${server.url}/api${path}`)).json()) as T;
  const go = (hash: string) => openRoute(page, server.url, hash);
  const shoot = (name: string, hash: string, ready: string, fullPage = true) =>
    screenshotRoute(page, server.url, screenshots, name, hash, ready, fullPage);
  /** Runs `check` at the desktop width and then at the phone's, and leaves the page at the desktop's. */
  const atBothWidths = async (check: (size: keyof typeof viewports) => Promise<void>) => {
    for (const [size, viewport] of Object.entries(viewports) as [
      keyof typeof viewports,
      { width: number; height: number },
    ][]) {
      await page.setViewportSize(viewport);
      await check(size);
    }
    await page.setViewportSize(viewports.desktop);
  };
  const fitsWidth = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  const chooseLanguage = async (language: 'en' | 'es') => {
    await page.selectOption('#language', language);
    await page.waitForFunction(
      (lang) =>
        document.documentElement.lang === lang &&
        document.getElementById('main')?.getAttribute('aria-busy') === 'false',
      language,
    );
  };

  beforeAll(async () => {
    // The example as `puente serve --example` loads it.
    store = await newServedExampleStore();
    ({ server, page, close: closeWebApp } = await openWebApp(store.db, pageErrors));
  });
  afterAll(async () => {
    await closeWebApp?.();
    await store?.close();
  });

  it("1. unlocks one's own assessment as soon as a party is chosen, and keeps the acting-as label in sight", async () => {
    await atBothWidths(async (size) => {
      await go(`#/commitment/${tunnels}`);
      await page.fill('#actor-name', '');
      await page.locator('#actor-name').blur();
      await page.selectOption('#actor-party', '');
      await page.waitForSelector('.assessment[data-party="USA"] .hint');
      expect(await page.locator('form.assess-form').count(), size).toBe(0);
      expect(await page.locator('.actor-label').isVisible(), size).toBe(true);
      await page.fill('#actor-name', 'Dana Whitfield');
      await page.locator('#actor-name').blur();
      await page.selectOption('#actor-party', 'USA');
      await page.waitForSelector('.assessment[data-party="USA"] form.assess-form');
      expect(await page.locator('.assessment[data-party="MEX"] form.assess-form').count(), size).toBe(0);
      expect(await fitsWidth(), size).toBe(true);
    });
    await shoot('acting-as', `#/commitment/${tunnels}`, 'form.assess-form', false);
    await page.selectOption('#actor-party', '');
  });

  it('3. closes the phone menu three ways; shows every kind tab and the role on the entities page; the report fits a phone', async () => {
    await page.setViewportSize(viewports.mobile);
    await go('#/entities');
    for (const close of [
      () => page.keyboard.press('Escape'),
      () => page.mouse.click(370, 600),
      () => page.click('#nav a[data-section="entities"]'),
    ]) {
      await page.click('.menu-toggle');
      await page.waitForSelector('#nav', { state: 'visible' });
      await close();
      await page.waitForSelector('#nav', { state: 'hidden' });
    }
    await atBothWidths(async (size) => {
      await go('#/entities');
      await page.waitForSelector('table.data tbody tr');
      // Every tab lies within the screen, Countries included.
      const tabs = await page
        .locator('.tabs a')
        .evaluateAll((links) =>
          links.map((a) => ({ text: a.textContent, right: a.getBoundingClientRect().right, width: window.innerWidth })),
        );
      expect(
        tabs.map((t) => t.text),
        size,
      ).toContain('Countries');
      for (const tab of tabs) expect(tab.right, `${size}: ${tab.text}`).toBeLessThanOrEqual(tab.width);
      // A known official's role is on screen: its own column on a desktop, under the name on a phone.
      const row = page
        .locator('table.data tbody tr')
        .filter({ has: page.locator('a', { hasText: /^Claudia Sheinbaum$/ }) });
      const visibleRole = await row.locator('td, .entity-kind-role').evaluateAll((cells) =>
        cells
          .filter((c) => (c as HTMLElement).offsetParent !== null)
          .map((c) => c.textContent ?? '')
          .join(' | '),
      );
      expect(visibleRole, size).toMatch(/President/);
      expect(await fitsWidth(), size).toBe(true);
    });
    await page.click('.tabs a:has-text("Countries")');
    await page.waitForFunction(
      () =>
        location.hash === '#/entities?kind=country' &&
        document.getElementById('main')?.getAttribute('aria-busy') === 'false',
    );
    // The page may still show the tab before for a moment after `aria-busy` reads false: wait for the rows.
    await expect.poll(() => page.locator('table.data tbody tr').count(), { timeout: 10_000 }).toBeGreaterThan(1);
    await shoot('entities-tabs', '#/entities', 'table.data', false);

    // The meeting report, as `puente report --format html` writes it, on a phone.
    const { title, blocks } = await new ReportService(store.db).meetingReport(agreement.id, { today: '2025-10-15' });
    const file = join(screenshots, 'report.html');
    writeFileSync(file, toHtml(blocks, title));
    await page.setViewportSize(viewports.mobile);
    await page.goto(`file://${file}`);
    expect(await fitsWidth()).toBe(true);
    expect(
      await page
        .locator('td[data-label="Joint status"]')
        .first()
        .evaluate((cell) => getComputedStyle(cell, '::before').content),
    ).toBe('"Joint status"');
    await page.screenshot({ path: join(screenshots, 'report-mobile.png') });
    await page.setViewportSize(viewports.desktop);
    await page.goto(`file://${file}`);
    expect(await page.locator('thead').first().isVisible()).toBe(true);
    await page.screenshot({ path: join(screenshots, 'report-desktop.png') });
  });

  it('4. finds words whatever their accents or case, every word of the query, highlighted, and filters by language', async () => {
    const { items: accentedHits } = await api<{
      items: Array<{ snippet: string; marks: Array<{ start: number; end: number }> }>;
    }>('/search?q=garcia%20HARFUCH');
    expect(accentedHits.length).toBeGreaterThan(0);
    for (const hit of accentedHits) {
      const marked = hit.marks.map((m) => hit.snippet.slice(m.start, m.end));
      expect(marked.map(fold)).toEqual(expect.arrayContaining(['garcia', 'harfuch']));
      expect(marked).toContain('García');
    }
    // Every word must be there: a word no document holds empties the result.
    expect((await api<{ total: number }>('/search?q=Harfuch%20zzzqqq')).total).toBe(0);
    await atBothWidths(async (size) => {
      await go('#/search?q=Garcia%20Harfuch');
      await page.waitForSelector('.hit mark');
      expect((await page.locator('.hit mark').allTextContents()).map(fold), size).toContain('garcia');
      await go('#/search?q=Mexico&language=es');
      await page.waitForSelector('.hit mark');
      const marked = await page.locator('.hit mark').allTextContents();
      expect(marked, size).toContain('México');
      expect(await page.locator('.result .muted.small').allTextContents(), size).toSatisfy((lines: string[]) =>
        lines.every((line) => line.endsWith('es')),
      );
      expect(await fitsWidth(), size).toBe(true);
    });
    await shoot('search-accents', '#/search?q=Garcia%20Harfuch', '.hit mark');
  });

  it('5. shows the widest status pills whole on the board at 1280 and 390 pixels', async () => {
    await atBothWidths(async (size) => {
      await go('#/board');
      await page.waitForSelector('.ctable-row');
      const cut = await page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('.ctable .pill'))
          .filter(
            (pill) =>
              pill.scrollWidth > pill.clientWidth + 1 ||
              pill.getBoundingClientRect().right > pill.closest('.cell')!.getBoundingClientRect().right + 1,
          )
          .map((pill) => pill.textContent),
      );
      expect(cut, size).toEqual([]);
    });
  });

  it('6. says what a refused request was and offers the way back, never "Something went wrong"', async () => {
    await atBothWidths(async (size) => {
      await go('#/timeline?from=not-a-date');
      await page.waitForSelector('.error-box');
      const text = (await page.locator('.error-box').textContent())!;
      expect(text, size).toMatch(/^That request was not accepted: .*from.*not a date/);
      expect(text, size).not.toContain('Something went wrong');
      expect(await page.locator('.error-box a[href="#/board"]').isVisible(), size).toBe(true);
      expect(await fitsWidth(), size).toBe(true);
    });
    await shoot('error-validation', '#/timeline?from=not-a-date', '.error-box', false);
  });

  it('7. words statuses and counts from the one vocabulary, and switches the app to Spanish and back', async () => {
    const { vocabularies } = await api<{ vocabularies: Record<'en' | 'es', Vocabulary> }>('/vocabulary');
    await atBothWidths(async (size) => {
      await go('#/board');
      await chooseLanguage('es');
      expect(await page.locator('#nav a[data-section="board"]').textContent(), size).toBe(vocabularies.es.ui['Board']);
      expect(await page.locator('.menu-toggle').getAttribute('aria-label'), size).toBe('Menú');
      const pills = await page.locator('.ctable .pill').allTextContents();
      const spanish = new Set([...Object.values(vocabularies.es.statuses), vocabularies.es.notAssessed]);
      expect(pills.length, size).toBeGreaterThan(0);
      for (const pill of pills) expect(spanish.has(pill), `${size}: ${pill}`).toBe(true);
      expect(pills, size).toContain(vocabularies.es.notAssessed);
      expect(await page.title(), size).toMatch(/ — Puente$/);
      expect(await fitsWidth(), size).toBe(true);
      if (size === 'desktop') await page.screenshot({ path: join(screenshots, 'board-es-desktop.png') });
      else await page.screenshot({ path: join(screenshots, 'board-es-mobile.png') });
      // The choice stays through a reload.
      await page.reload();
      await page.waitForFunction(() => document.getElementById('main')?.getAttribute('aria-busy') === 'false');
      expect(await page.locator('#language').inputValue(), size).toBe('es');
      await chooseLanguage('en');
      const english = await page.locator('.ctable .pill').allTextContents();
      expect(english, size).toContain('Not assessed');
      expect(
        english.every((pill) => !/_/.test(pill)),
        size,
      ).toBe(true);
    });
    // Counts agree with their number, and finding kinds read as words.
    const { items: documents } = await api<{ items: Array<{ id: string }> }>('/documents?limit=500');
    await go(`#/compare?docs=${documents.map((d) => d.id).join(',')}`);
    await page.waitForSelector('.compare-col');
    for (const kind of await page.locator('.fkind').allTextContents()) expect(kind).not.toMatch(/_/);
    const body = (await page.locator('main').textContent())!;
    expect(body).not.toMatch(/\b1 (mentions|documents|quotes|events|findings|sources)\b/);
  });

  it('10. names each page in the title, lists aliases without dateline capitals, sorts and filters documents, and keeps highlights to one tab stop', async () => {
    const { items: entities } = await api<{ items: Array<{ name: string; aliases: string[] }> }>('/entities?limit=500');
    for (const entity of entities) {
      for (const alias of entity.aliases) {
        expect(fold(alias), `${entity.name}: ${alias}`).not.toBe(fold(entity.name));
        expect(/\s/.test(alias) && !/\p{Ll}/u.test(alias), `${entity.name}: ${alias}`).toBe(false);
      }
    }
    await atBothWidths(async (size) => {
      // From another page, so that the list is drawn afresh (the same hash would keep its state).
      await go('#/board');
      await go('#/documents');
      await page.waitForSelector('table.documents tbody tr');
      expect(await page.title(), size).toBe('Documents — Puente');
      const all = await page.locator('table.documents tbody tr').count();
      // Newest first by default; a click on Title sorts by title.
      const dates = await page.locator('table.documents tbody tr td:nth-child(2)').allTextContents();
      expect(
        dates.filter((d) => d !== '—').map((d) => Date.parse(d)),
        size,
      ).toEqual([...dates.filter((d) => d !== '—').map((d) => Date.parse(d))].sort((a, b) => b - a));
      await page.click('th button.sort:has-text("Title")');
      const titles = await page.locator('table.documents tbody tr td:first-child a').allTextContents();
      expect(titles, size).toEqual([...titles].sort((a, b) => (fold(a) < fold(b) ? -1 : fold(a) > fold(b) ? 1 : 0)));
      expect(await page.locator('th[aria-sort="ascending"]').textContent(), size).toBe('Title');
      await page.selectOption('select.filter-lang', 'es');
      const spanish = await page.locator('table.documents tbody tr').count();
      expect(spanish, size).toBeGreaterThan(0);
      expect(spanish, size).toBeLessThan(all);
      expect(await page.locator('table.documents tbody tr td:last-child').allTextContents(), size).toSatisfy(
        (langs: string[]) => langs.every((l) => l === 'ES'),
      );
      await page.fill('.list-tools .filter', 'mcallen');
      expect(await page.locator('table.documents tbody tr').count(), size).toBe(1);
      expect(await fitsWidth(), size).toBe(true);
    });
    await go('#/board');
    await shoot('documents-list', '#/documents?sort=title', 'table.documents', false);

    // A document with many highlights: Tab enters the text once and leaves it for the side panel.
    const { items: documents } = await api<{ items: Array<{ id: string }> }>('/documents?limit=500');
    await go(`#/document/${documents[0]!.id}`);
    await page.waitForSelector('.doc-text .run');
    const focusable = await page.locator('.doc-text .run[tabindex]').count();
    expect(focusable).toBeGreaterThan(10);
    expect(await page.locator('.doc-text .run[tabindex="0"]').count()).toBe(1);
    await page.locator('.doc-text .run[tabindex="0"]').focus();
    const first = await page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press('ArrowRight');
    const second = await page.evaluate(() => ({
      inText: !!document.activeElement?.closest('.doc-text'),
      text: document.activeElement?.textContent,
    }));
    expect(second.inText).toBe(true);
    expect(second.text).not.toBe(first);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.doc-text'))).toBe(false);
    expect(await page.evaluate(() => !!document.activeElement?.closest('.doc-side'))).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('draws each indicator over time against its target, on the commitment page and the board, each point linked to its sentence', async () => {
    const criminal = `${agreement.id}/dismantle-criminal-groups`;
    await atBothWidths(async (size) => {
      await go('#/board');
      await go(`#/commitment/${criminal}`);
      const chart = page.locator('.indicators .indicator[data-indicator="people-transferred"]');
      await chart.waitFor();
      expect(await chart.locator('svg a.point').count(), size).toBe(2);
      expect(await chart.locator('svg .target').count(), size).toBe(1);
      const box = await chart.locator('svg').boundingBox();
      expect(box!.width, size).toBeGreaterThan(200);
      expect(await fitsWidth(), size).toBe(true);
      await go('#/board');
      expect(
        await page.locator('.board-indicator .indicator[data-indicator="people-transferred"] svg a.point').count(),
        size,
      ).toBe(2);
    });
    // Each point is dated by the period its sentence states and says so, and says which evidence it is.
    await go(`#/commitment/${criminal}`);
    const points = page.locator('.indicator[data-indicator="people-transferred"] .indicator-points li');
    await expect.poll(() => points.count(), { timeout: 15_000 }).toBe(2);
    expect(
      await points.locator('.point-dating').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-dated-by'))),
    ).toEqual(['period', 'period']);
    const dating = await points.locator('.point-dating').allTextContents();
    expect(dating[0]).toMatch(/^dated 28 Feb 2025, the end of the period its sentence states \(“February”\)$/);
    expect(dating[1]).toMatch(/^dated 12 Aug 2025, the day its sentence states \(“Tuesday”\)$/);
    expect(await points.locator('.point-kind').allTextContents()).toEqual(['cited by MEX', 'cited by MEX']);
    // The switch: accepted evidence only leaves this indicator without points (both sentences are cited), and back.
    expect(await page.locator('.evidence-switch input[value="all"]').isChecked()).toBe(true);
    await page.locator('.evidence-switch input[value="accepted"]').check();
    await expect
      .poll(() => page.locator('.indicator[data-indicator="people-transferred"] svg a.point').count(), {
        timeout: 15_000,
      })
      .toBe(0);
    expect(await page.locator('.indicator[data-indicator="people-transferred"]').textContent()).toContain(
      'No figure in the accepted evidence counts for it yet; the evidence the parties cite does.',
    );
    // The choice holds on the board too, and through a reload.
    await go('#/board');
    await expect.poll(() => page.locator('.board-indicator svg a.point').count(), { timeout: 15_000 }).toBe(0);
    expect(await page.locator('.evidence-switch input[value="accepted"]').isChecked()).toBe(true);
    await page.locator('.evidence-switch input[value="all"]').check();
    await expect.poll(() => page.locator('.board-indicator svg a.point-cited').count(), { timeout: 15_000 }).toBe(2);
    await go('#/board');
    await shoot('indicators', `#/commitment/${criminal}`, '.indicator svg', false);
    // A point opens its sentence, highlighted, with the figure inside it.
    await go(`#/commitment/${criminal}`);
    const href = (await page.locator('.indicator-points a').first().getAttribute('href'))!;
    expect(href).toMatch(/^#\/document\/[0-9a-f]{16}\?span=\d+-\d+$/);
    await page.locator('.indicator-points a').first().click();
    await page.waitForSelector('.run.m-evidence');
    expect((await page.locator('.run.m-evidence').allTextContents()).join('')).toContain('26 people');
  });
});
