// What an analyst sees of the bundled example, in a real browser at 1280 and 390 pixels: the
// Markdown note read as Markdown, the illustrative assessments, downloads of the exports, and a
// commitment page whose proposals say why, whose evidence names its document, and where a party
// cites evidence in its own assessment.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Kysely } from 'kysely';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventColumns } from '../../src/export/analysis-tables.js';
import { parseAgreementFile } from '../../src/services/agreement-file.js';
import type { Database } from '../../src/store/schema.js';
import { chromiumPath, openRoute, openWebApp, screenshotRoute, screenshots, viewports } from '../helpers/browser.js';
import { newServedExampleStore } from '../helpers/example-store.js';
import { repoRoot } from '../helpers/shared.js';

const agreement = parseAgreementFile(
  readFileSync(join(repoRoot, 'example', 'agreement.yaml'), 'utf8'),
  'agreement.yaml',
);
const criminal = `${agreement.id}/dismantle-criminal-groups`;
const noteTitle = 'What the Security Implementation Group will have to follow up';

interface StoredDocument {
  id: string;
  title: string | null;
  format: string;
}
interface Cited {
  documentId: string;
  start: number;
  end: number;
  text: string | null;
}

describe.skipIf(!existsSync(chromiumPath))("the analyst's view of the example, in a real browser", () => {
  let store: { db: Kysely<Database>; close: () => Promise<void> };
  let server: { url: string; close: () => Promise<void> };
  let closeWebApp: (() => Promise<void>) | undefined;
  let page: Page;
  let documents: StoredDocument[];
  const pageErrors: string[] = [];
  const api = async <T>(path: string): Promise<T> => (await (await fetch(`${server.url}/api${path}`)).json()) as T;
  const go = (hash: string) => openRoute(page, server.url, hash);
  const shoot = (name: string, hash: string, ready: string, fullPage = true) =>
    screenshotRoute(page, server.url, screenshots, name, hash, ready, fullPage);
  const actAs = async (name: string, party: string) => {
    await page.fill('#actor-name', name);
    await page.locator('#actor-name').blur();
    await page.selectOption('#actor-party', party);
    await page.waitForFunction(() => document.getElementById('main')?.getAttribute('aria-busy') === 'false');
  };

  beforeAll(async () => {
    // The example as `puente serve --example` loads it.
    store = await newServedExampleStore();
    ({ server, page, close: closeWebApp } = await openWebApp(store.db, pageErrors, { acceptDownloads: true }));
    documents = (await api<{ items: StoredDocument[] }>('/documents?limit=500')).items;
  });
  afterAll(async () => {
    await closeWebApp?.();
    await store?.close();
  });

  it('opens on a board with a few illustrative assessments by each party, overdue counted on the facts-as-of date', async () => {
    await go('#/board');
    await page.waitForSelector('.illustrative-note');
    expect(await page.locator('.illustrative-note').textContent()).toMatch(
      /^Illustrative example\. .*no government made them/,
    );
    expect(await page.locator('.stat').nth(1).textContent()).toBe('0overdue as of 15 Oct 2025');
    for (const party of ['USA', 'MEX']) {
      const assessed = page.locator(`.cell-party[data-party="${party}"] .pill:not(.pill-none)`);
      expect(await assessed.count(), party).toBeGreaterThanOrEqual(3);
      expect(await page.locator(`.cell-party[data-party="${party}"] .byline`).first().textContent()).toMatch(
        /illustrative example/,
      );
    }
    expect(
      await page
        .locator(`.ctable-row[data-commitment="${agreement.id}/implementation-group"] .cell-joint .pill`)
        .textContent(),
    ).toBe('Complete');
    await shoot('analyst-board', '#/board', '.illustrative-note');
  });

  it('reads the Markdown note as Markdown: its # heading is the title, without the #, and no commitment', async () => {
    const note = documents.find((d) => d.format === 'markdown')!;
    expect(note.title).toBe(noteTitle);
    await go('#/documents');
    expect(await page.locator('table.data a', { hasText: noteTitle }).count()).toBe(1);
    expect(await page.locator('table.data a', { hasText: /^By / }).count()).toBe(0);
    await go(`#/document/${note.id}`);
    await page.waitForSelector('.doc-text');
    expect(await page.locator('.doc-header h1').textContent()).toBe(noteTitle);
    const text = (await page.locator('.doc-text').textContent())!;
    expect(text.startsWith(`${noteTitle}\n`)).toBe(true);
    expect(text).not.toMatch(/^#|\n#|\*\*/);
    const committed = await page.locator('.run.m-commitment').allTextContents();
    expect(committed.length).toBeGreaterThan(0);
    expect(committed.join('')).not.toContain('will have to follow up');
    await shoot('analyst-markdown', `#/document/${note.id}`, '.doc-text', false);
  });

  it("downloads the timeline's events as the filters keep them, and a document's and a commitment's exports", async () => {
    await go('#/timeline?type=consult');
    await page.waitForSelector('.downloads a[data-format="csv"]');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('.downloads a[data-format="csv"]'),
    ]);
    expect(download.suggestedFilename()).toBe('puente-events.csv');
    const rows = parse(readFileSync((await download.path())!, 'utf8'), { bom: true, columns: true }) as Array<
      Record<string, string>
    >;
    expect(Object.keys(rows[0]!)).toEqual([...eventColumns]);
    expect(rows.length).toBeGreaterThan(1);
    expect(new Set(rows.map((r) => r.type))).toEqual(new Set(['consult']));

    const note = documents.find((d) => d.format === 'markdown')!;
    await go(`#/document/${note.id}`);
    await page.waitForSelector('.doc-downloads');
    const hrefs = await page
      .locator('.doc-downloads a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(
      ['events', 'quotes', 'figures'].flatMap((kind) =>
        ['csv', 'json'].map((format) => `/api/export/${kind}?document=${note.id}&format=${format}`),
      ),
    );
    const quotes = (await (await fetch(`${server.url}${hrefs[3]}`)).json()) as Array<{ source: { document: string } }>;
    expect(quotes.every((q) => q.source.document === note.id)).toBe(true);

    await go(`#/commitment/${criminal}`);
    const bundleHref = (await page.locator('.page-header .downloads a[data-format="json"]').getAttribute('href'))!;
    expect(bundleHref).toBe(`/api/export/evidence/${criminal}?format=json`);
    const bundle = (await (await fetch(`${server.url}${bundleHref}`)).json()) as {
      commitments: Array<{ id: string; assessments: Array<{ party: string; status: string }> }>;
    };
    expect(bundle.commitments.map((c) => c.id)).toEqual([criminal]);
    expect(bundle.commitments[0]!.assessments.map((a) => [a.party, a.status])).toEqual([
      ['USA', 'minimal'],
      ['MEX', 'intermediate'],
    ]);
    await shoot('analyst-timeline', '#/timeline', '.downloads', false);
  });

  it('shows why each proposal was made, never proposes a headline, and puts the status history before the evidence', async () => {
    await go(`#/commitment/${criminal}`);
    await page.waitForSelector('.proposed');
    const reasons = await page.locator('.proposed .proposal-reason').allTextContents();
    expect(reasons.length).toBe(await page.locator('.proposed').count());
    for (const reason of reasons)
      expect(reason).toMatch(/^Why proposed: it shares "[^"]+"(, "[^"]+")* with the commitment/);
    expect(reasons.join(' ')).not.toMatch(/"(dismantl|organiz|organis|traffick|investig)"/);
    const proposed = await page.locator('.proposed blockquote').allTextContents();
    const titles = documents.map((d) => d.title);
    expect(proposed.filter((sentence) => titles.includes(sentence.trim()))).toEqual([]);
    const order = await page.evaluate(() => {
      const history = document.getElementById('history-heading')!;
      const evidence = document.getElementById('evidence-heading')!;
      return history.compareDocumentPosition(evidence) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    await page.setViewportSize(viewports.mobile);
    await go(`#/commitment/${criminal}`);
    const top = (id: string) =>
      page.locator(`#${id}`).evaluate((node) => node.getBoundingClientRect().top + window.scrollY);
    expect(await top('history-heading')).toBeLessThan(await top('evidence-heading'));
    expect(await top('history-heading')).toBeGreaterThan(await top('assessments-heading'));
    await page.setViewportSize(viewports.desktop);
  });

  it('accepts a proposal as evidence shown by its sentence and document, and lets a party cite it in its own assessment', async () => {
    await go(`#/commitment/${criminal}`);
    await actAs('Dana Whitfield', 'USA');
    await page.waitForSelector('.assessment[data-party="USA"] form.assess-form');
    expect(await page.locator('.assessment[data-party="MEX"] form.assess-form').count()).toBe(0);
    const first = page.locator('.proposed').first();
    const sentence = (await first.locator('blockquote').textContent())!;
    const reason = (await first.locator('.proposal-reason').textContent())!
      .replace(/^Why proposed: /, '')
      .replace(/\.$/, '');
    await first.getByRole('button', { name: 'Accept' }).click();
    await page.waitForSelector('.evidence:not(.proposed)');
    const accepted = page.locator('.evidence:not(.proposed)').first();
    expect(await accepted.locator('blockquote').textContent()).toBe(sentence);
    const source = (await accepted.locator('.evidence-link').textContent())!;
    expect(titles()).toContain(source);
    expect(await accepted.textContent()).not.toMatch(/[0-9a-f]{16}/);
    expect(await accepted.locator('p').textContent()).toBe(`Proposed because ${reason}; accepted by Dana Whitfield`);

    // Cite the accepted sentence, and another passage by its offsets, in the USA assessment.
    const form = page.locator('.assessment[data-party="USA"] form.assess-form');
    await form
      .locator('.evidence-choice', { hasText: sentence.slice(0, 60) })
      .locator('input')
      .check();
    const spanish = documents.find((d) => d.title?.startsWith('El Grupo de Implementación'))!;
    const { document } = await api<{ document: { text: string } }>(`/documents/${spanish.id}`);
    const words = 'Las delegaciones acordaron aumentar las inspecciones';
    const start = document.text.indexOf(words);
    await form.locator('input[name="passage"]').fill(`${spanish.id}:${start}-${start + words.length}`);
    await form.getByRole('button', { name: 'Save USA assessment' }).click();
    await expect
      .poll(async () =>
        (
          await api<{ commitment: { assessments: Array<{ party: string; evidence: Cited[] }> } }>(
            `/commitments/${criminal}`,
          )
        ).commitment.assessments
          .find((a) => a.party === 'USA')!
          .evidence.map((e) => e.text),
      )
      .toEqual(expect.arrayContaining([sentence, words]));
    // The page shows the assessment as it was until it has re-rendered after the save: wait for the new lines.
    const citedLines = () => page.locator('.assessment[data-party="USA"] > .mini-evidence li').allTextContents();
    await expect
      .poll(
        async () => (await citedLines()).some((line) => line.includes(sentence.slice(0, 40)) && line.includes(source)),
        {
          timeout: 10_000,
        },
      )
      .toBe(true);
    const cited = await citedLines();
    expect(cited.some((line) => line.includes(sentence.slice(0, 40)) && line.includes(source))).toBe(true);
    expect(cited.some((line) => line.includes(words) && line.includes(spanish.title!))).toBe(true);

    // The server, not the page, keeps each party to its own assessment.
    const refused = await fetch(`${server.url}/api/commitments/${criminal}/assessments/MEX`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'x-puente-user': 'Dana Whitfield', 'x-puente-party': 'USA' },
      body: JSON.stringify({ status: 'complete', narrative: 'not mine to say', evidence: [] }),
    });
    expect(refused.status).toBe(403);
    await shoot('analyst-commitment', `#/commitment/${criminal}`, '.assessment[data-party="USA"] form.assess-form');
    expect(pageErrors).toEqual([]);
  });

  const titles = () => documents.map((d) => d.title);
});
