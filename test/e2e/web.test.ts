// The web app in a real browser (Debian's chromium, driven by playwright-core) against the real
// server on a temp SQLite store loaded with the example agreement and a few documents of our own.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultReadLimits } from '../../src/readers/index.js';
import { parseAgreementFile } from '../../src/services/agreement-file.js';
import { IngestService } from '../../src/services/ingest.service.js';
import { ProposalService } from '../../src/services/proposal.service.js';
import { ReviewService } from '../../src/services/review.service.js';
import { TrackingService } from '../../src/services/tracking.service.js';
import type { Database } from '../../src/store/schema.js';
import { chromiumPath, openRoute, screenshotRoute, screenshots, viewports } from '../helpers/browser.js';
import { startServer } from '../helpers/server.js';
import { repoRoot } from '../helpers/shared.js';
import { newTestStore } from '../helpers/store.js';

const agreement = parseAgreementFile(
  readFileSync(join(repoRoot, 'example', 'agreement.yaml'), 'utf8'),
  'agreement.yaml',
);
const tunnels = `${agreement.id}/border-security-tunnels`;
const fuel = `${agreement.id}/fuel-theft`;

// Our own words, written for this test.
const documents: Record<string, string> = {
  'tunnel-survey.txt': [
    'Joint survey finds three cross-border tunnels near Tijuana',
    '',
    'By Elena Marsh',
    '',
    'Mexican and U.S. engineers finished a joint survey of the border west of the Otay Mesa crossing on 14 October 2025, officials said.',
    '',
    'The teams located three unfinished tunnels running under the border fence, the longest about 400 metres, and agreed to seal them before the end of the year.',
    '',
    '"We are closing these tunnels together, each with our own crews," said a Mexican security official who asked not to be named.',
    '',
    'A further survey of the frontera east of Mexicali is planned for November.',
  ].join('\n'),
  'fuel-tankers.txt': [
    'Customs checks on fuel tankers tightened at northern crossings',
    '',
    'Inspectors at four northern crossings now weigh every tanker carrying diesel or gasoline, a measure aimed at fuel smuggling, the customs agency said on 9 October 2025.',
    '',
    'Officials said fuel theft from pipelines had fallen in the first weeks of the checks, though they gave no figures.',
    '',
    'Subscribe to our newsletter',
  ].join('\n'),
  'markup-note.txt': [
    'A note on markup that must stay text',
    '',
    'This paragraph quotes code rather than running it: <script>alert(1)</script> and <img src=x onerror=alert(1)> must appear literally.',
    '',
    'Officials said inspections of southbound weapons shipments at the border continued through October.',
  ].join('\n'),
};

describe.skipIf(!existsSync(chromiumPath))('the web app, in a real browser', () => {
  let store: { db: Kysely<Database>; close: () => Promise<void> };
  let server: { url: string; close: () => Promise<void> };
  let browser: Browser;
  let page: Page;
  let dir: string;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const api = async <T>(path: string): Promise<T> => (await (await fetch(`${server.url}/api${path}`)).json()) as T;
  const go = (hash: string) => openRoute(page, server.url, hash);
  const shoot = (name: string, hash: string, ready: string, fullPage = true) =>
    screenshotRoute(page, server.url, screenshots, name, hash, ready, fullPage);

  beforeAll(async () => {
    store = await newTestStore('sqlite');
    dir = mkdtempSync(join(tmpdir(), 'puente-e2e-'));
    for (const [name, text] of Object.entries(documents)) writeFileSync(join(dir, name), text);
    await new IngestService(store.db).ingestPaths([dir], defaultReadLimits);
    const tracking = new TrackingService(store.db);
    await tracking.importAgreement(agreement, { name: 'Secretariat', party: null, role: 'admin' });
    await new ProposalService(store.db).propose(agreement.id);
    await tracking.assess({ name: 'Dana Whitfield', party: 'USA', role: 'assessor' }, tunnels, 'USA', {
      status: 'intermediate',
      narrative: 'Three tunnels located by the joint survey; sealing is scheduled.',
      evidence: [],
    });
    await tracking.assess({ name: 'Lucía Ortega', party: 'MEX', role: 'assessor' }, tunnels, 'MEX', {
      status: 'minimal',
      narrative: 'Survey done on one stretch only; the eastern frontera is still to be mapped.',
      evidence: [],
    });
    // One tunnel proposal accepted up front, so the commitment has evidence to follow.
    const review = new ReviewService(store.db);
    const first = (await review.list({ state: 'pending', commitmentId: tunnels }))[0];
    if (!first) throw new Error('expected a tunnel proposal');
    await review.decide({ name: 'Secretariat', party: null, role: 'reviewer' }, first.id, 'accepted');
    server = await startServer(store.db, join(repoRoot, 'web', 'public'));
    mkdirSync(screenshots, { recursive: true });
    browser = await chromium.launch({ executablePath: chromiumPath });
    page = await browser.newPage({ viewport: viewports.desktop });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // What the content security policy blocked (an inline style or script) counts as an error.
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) pageErrors.push(message.text());
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("opens the board with every commitment and both parties' assessments side by side", async () => {
    await go('#/board');
    await expect.poll(() => page.locator('.ctable-row').count()).toBe(agreement.commitments.length);
    const row = page.locator(`.ctable-row[data-commitment="${tunnels}"]`);
    await expect.poll(() => row.locator('.cell-party[data-party="USA"] .pill').textContent()).toBe('Intermediate');
    expect(await row.locator('.cell-party[data-party="MEX"] .pill').textContent()).toBe('Minimal');
    expect(await row.locator('.cell-joint .pill').textContent()).toBe('Not started');
    expect(await row.locator('.cell-party[data-party="MEX"] .narrative').textContent()).toContain('eastern frontera');
    // The example's facts stop on 15 October 2025: overdue is counted on that day, not today, so the
    // tunnel commitment (due March 2026) is not overdue however late the test runs.
    expect(await row.locator('.overdue').count()).toBe(0);
    expect(await page.locator('.stat').nth(1).textContent()).toBe('0overdue as of 15 Oct 2025');
    expect(await page.locator('.area-row').count()).toBeGreaterThan(3);
  });

  it('follows a commitment to its evidence sentence, highlighted and scrolled into view', async () => {
    await go('#/board');
    await page.click(`.ctable-row[data-commitment="${tunnels}"] a.ctitle`);
    await page.waitForSelector('.evidence-link');
    expect(await page.locator('.assessment[data-party="USA"] .pill').first().textContent()).toBe('Intermediate');
    expect(await page.locator('.assessment[data-party="MEX"] .pill').first().textContent()).toBe('Minimal');
    const sentence = (await page.locator('.evidence blockquote').first().textContent())!;
    expect(sentence.length).toBeGreaterThan(20);
    await page.setViewportSize({ width: 1280, height: 400 }); // short, so the sentence needs scrolling to
    await page.locator('.evidence-link').first().click();
    await page.waitForSelector('.run.m-evidence');
    expect(page.url()).toMatch(/#\/document\/[0-9a-f]{16}\?span=\d+-\d+$/);
    const highlighted = (await page.locator('.run.m-evidence').allTextContents()).join('');
    expect(highlighted).toBe(sentence);
    await expect
      .poll(() =>
        page
          .locator('.run.m-evidence')
          .first()
          .evaluate((node) => {
            const box = node.getBoundingClientRect();
            return box.top >= 0 && box.bottom <= window.innerHeight;
          }),
      )
      .toBe(true);
    await page.setViewportSize(viewports.desktop);
  });

  it('accepts a proposal in the review queue: it leaves the queue and becomes evidence', async () => {
    await go('#/review');
    await page.fill('#actor-name', 'Ana Reviewer');
    await page.selectOption('#actor-party', 'MEX');
    // Choosing who one acts as draws the page again.
    await page.waitForFunction(() => document.getElementById('main')?.getAttribute('aria-busy') === 'false');
    await page.waitForSelector('.proposal');
    const before = await page.locator('.proposal').count();
    expect(before).toBeGreaterThan(0);
    const card = page
      .locator('.proposal')
      .filter({ has: page.locator(`a[href="#/commitment/${fuel.split('/').map(encodeURIComponent).join('/')}"]`) })
      .first();
    const id = (await card.getAttribute('data-proposal'))!;
    const text = (await card.locator('blockquote').textContent())!;
    await card.getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => page.locator(`.proposal[data-proposal="${id}"]`).count()).toBe(0);
    expect(await page.locator('.proposal').count()).toBe(before - 1);
    expect(await page.locator('.toast').first().textContent()).toContain('Accepted as evidence');
    await go(`#/commitment/${fuel}`);
    await page.waitForSelector('.evidence-link');
    expect(await page.locator('.evidence:not(.proposed) blockquote').allTextContents()).toContain(text);
    const pending = await api<{ items: { id: string }[] }>('/proposals?limit=500');
    expect(pending.items.map((p) => p.id)).not.toContain(id);
  });

  it("unlocks one's own assessment as soon as a party is chosen, without a reload", async () => {
    await go(`#/commitment/${tunnels}`);
    await page.selectOption('#actor-party', '');
    await page.fill('#actor-name', '');
    await page.locator('#actor-name').blur();
    await page.waitForSelector('.assessment[data-party="MEX"] .hint');
    expect(await page.locator('.assessment[data-party="MEX"] form.assess-form').count()).toBe(0);
    await page.fill('#actor-name', 'Lucía Ortega');
    await page.locator('#actor-name').blur();
    await page.selectOption('#actor-party', 'MEX');
    await page.waitForSelector('.assessment[data-party="MEX"] form.assess-form');
    expect(await page.locator('.assessment[data-party="USA"] form.assess-form').count()).toBe(0);
  });

  it('says on the page that it runs in the local single-user mode', async () => {
    await go('#/board');
    expect(await page.locator('#local-mode').textContent()).toMatch(
      /^Local single-user mode\. No sign-in: this store has no users and the server listens on this computer only\./,
    );
    expect(await page.locator('#actor-name').isVisible()).toBe(true);
  });

  it('closes the phone menu with Escape, a tap on the dimmed page or its current page', async () => {
    await page.setViewportSize(viewports.mobile);
    await go('#/timeline');
    const open = async () => {
      await page.click('.menu-toggle');
      await page.waitForSelector('#nav', { state: 'visible' });
    };
    await open();
    await page.keyboard.press('Escape');
    await page.waitForSelector('#nav', { state: 'hidden' });
    await open();
    await page.mouse.click(370, 500);
    await page.waitForSelector('#nav', { state: 'hidden' });
    await open();
    await page.click('#nav a[data-section="timeline"]');
    await page.waitForSelector('#nav', { state: 'hidden' });
    // The acting-as label the hints point to stays on screen.
    expect(await page.locator('.actor-label').isVisible()).toBe(true);
    await page.setViewportSize(viewports.desktop);
  });

  it('shows every status pill whole on the board at 1280 and 1024 pixels', async () => {
    for (const width of [1280, 1024]) {
      await page.setViewportSize({ width, height: 800 });
      await go('#/board');
      await page.waitForSelector('.ctable-row');
      // The widest labels of the scale, in turn, in a joint-status pill.
      const cut = await page.evaluate(() => {
        const found: string[] = [];
        const joint = document.querySelector<HTMLElement>('.ctable-row .cell-joint .pill')!;
        for (const label of ['Intermediate', 'No evidence', 'Not started']) {
          joint.textContent = label;
          for (const pill of Array.from(document.querySelectorAll<HTMLElement>('.ctable .pill'))) {
            const own = pill.closest('.cell')!.getBoundingClientRect();
            if (pill.scrollWidth > pill.clientWidth + 1 || pill.getBoundingClientRect().right > own.right + 1)
              found.push(`${label}: ${pill.textContent}`);
          }
        }
        return found;
      });
      expect(cut, `at ${width} px`).toEqual([]);
    }
    await page.setViewportSize(viewports.desktop);
  });

  it('says what went wrong on an error page, and offers the way back', async () => {
    await go('#/entity/person:nobody-at-all');
    await page.waitForSelector('.error-box');
    const text = (await page.locator('.error-box').textContent())!;
    expect(text).toMatch(/^Not found: /);
    expect(text).not.toContain('Something went wrong');
    expect(await page.locator('.error-box a[href="#/board"]').count()).toBe(1);
  });

  it('renders a document with a script tag and an onerror attribute inertly', async () => {
    const { items: list } = await api<{ items: { id: string; title: string | null }[] }>('/documents?limit=500');
    const markup = list.find((d) => d.title?.startsWith('A note on markup'));
    expect(markup).toBeDefined();
    await go(`#/document/${markup!.id}`);
    await page.waitForSelector('.doc-text');
    const text = (await page.locator('.doc-text').textContent())!;
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('.doc-text script, .doc-text img, main img').count()).toBe(0);
    // Also through search, whose snippets come from the same untrusted text.
    await go('#/search?q=onerror');
    await page.waitForSelector('.hit');
    expect(await page.locator('.hit').first().textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('main img, main script').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
  });

  it('shows every other page without errors', async () => {
    const { items: entities } = await api<{ items: { id: string }[] }>('/entities?limit=500');
    const titles = new Set<string>();
    for (const [hash, ready] of [
      ['#/entities', 'table.data'],
      ['#/timeline', '.page-header'],
      ['#/compare', '.compare-picker'],
      ['#/documents', 'table.data'],
      ['#/search?q=tunnels', '.hit'],
      ['#/analyze', '.analyze-form'],
      [`#/entity/${encodeURIComponent(entities[0]!.id)}`, '.page-header'],
    ] as [string, string][]) {
      await go(hash);
      await page.waitForSelector(ready);
      expect(await page.locator('.error-box').count(), hash).toBe(0);
      titles.add(await page.title());
    }
    // Each page names itself in the browser's title.
    expect(titles.size).toBe(7);
    // A document shows its file's name, never where the server keeps it.
    const { items: list } = await api<{ items: { id: string }[] }>('/documents?limit=500');
    await go(`#/document/${list[0]!.id}`);
    await page.waitForSelector('.doc-text');
    expect(await page.locator('main').textContent()).not.toContain(dir);
    await go('#/analyze');
    await page.fill(
      '.paste',
      'Marco Rubio met Claudia Sheinbaum in Mexico City on 3 September 2025. <b onmouseover=alert(2)>bold</b>',
    );
    await page.click('.analyze-form button[type=submit]');
    await page.waitForSelector('.analysis-result .doc-text');
    expect(await page.locator('.analysis-result .doc-text').textContent()).toContain(
      '<b onmouseover=alert(2)>bold</b>',
    );
    expect(pageErrors).toEqual([]);
  });

  it('takes screenshots at 1280 and 390 pixels wide', async () => {
    const { items: list } = await api<{ items: { id: string; title: string | null }[] }>('/documents?limit=500');
    const { commitment } = await api<{
      commitment: { evidence: { documentId: string; start: number; end: number }[] };
    }>(`/commitments/${tunnels}`);
    const evidence = commitment.evidence[0]!;
    await shoot('board', '#/board', '.ctable-row');
    await shoot('commitment', `#/commitment/${tunnels}`, '.evidence-link');
    await shoot(
      'document',
      `#/document/${evidence.documentId}?span=${evidence.start}-${evidence.end}`,
      '.run.m-evidence',
      false,
    );
    // Hovering a highlighted mention explains it.
    await page.locator('.run.m-mention').first().hover();
    await page.waitForSelector('#mark-tooltip:not([hidden])');
    expect(await page.locator('#mark-tooltip').textContent()).toMatch(/Mention.*Entity/);
    await page.screenshot({ path: join(screenshots, 'document-tooltip-desktop.png') });
    await shoot('review', '#/review', '.proposal');
    await shoot('compare', `#/compare?docs=${list.map((d) => d.id).join(',')}`, '.compare-col');
    await shoot('entities', '#/entities', 'table.data');
    expect(existsSync(join(screenshots, 'board-mobile.png'))).toBe(true);
  });
});
