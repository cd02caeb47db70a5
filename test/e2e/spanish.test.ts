// The web app in Spanish (issue 19): with the header's switch on ES, every page's own words — its
// labels, buttons, headings, table headers, tabs, hints, empty states and error messages — come from
// the shared vocabulary, at 1280 and 390 pixels. What the store holds (document text, titles, names,
// the agreement's wording) is marked `data-content` and left as it is; everything else on the screen
// is checked against the English vocabulary, phrase by phrase and word by word.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/store/schema.js';
import { viewports } from '../helpers/browser.js';
import { newServedExampleStore } from '../helpers/example-store.js';
import { startServer } from '../helpers/server.js';
import { repoRoot } from '../helpers/shared.js';

const chromiumPath = '/usr/bin/chromium';
const screenshots = join(repoRoot, 'test-results', 'screenshots');

interface CountedNoun {
  one: string;
  many: string;
}
interface Vocabulary {
  statuses: Record<string, string>;
  notAssessed: string;
  entityKinds: Record<string, CountedNoun>;
  findingKinds: Record<string, string>;
  nouns: Record<string, CountedNoun>;
  months: string[];
  ui: Record<string, string>;
}

/** What is not translated inside the app's sentences: command lines and the names of formats. */
const untranslated = [/\bpuente [a-z][^.,;]*/g, /\bJSON Feed\b/g];

/** Names and codes that read the same in both languages. */
const sameInBoth = new Set(['puente', 'csv', 'json', 'html', 'url', 'rss', 'atom', 'usa', 'mex', 'en', 'es', 'sqlite']);
const wordsOf = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The English the app could show: every English wording of the vocabulary that Spanish words
 * otherwise, as phrases (a `{value}` in a template matches anything), and the words of those
 * phrases that no Spanish wording uses.
 */
function englishChecks(en: Vocabulary, es: Vocabulary) {
  const pairs: Array<[string, string]> = [
    ...Object.keys(en.statuses).map((k): [string, string] => [en.statuses[k]!, es.statuses[k]!]),
    [en.notAssessed, es.notAssessed],
    ...Object.keys(en.entityKinds).flatMap((k): Array<[string, string]> => [
      [en.entityKinds[k]!.one, es.entityKinds[k]!.one],
      [en.entityKinds[k]!.many, es.entityKinds[k]!.many],
    ]),
    ...Object.keys(en.findingKinds).map((k): [string, string] => [en.findingKinds[k]!, es.findingKinds[k]!]),
    ...Object.keys(en.nouns).flatMap((k): Array<[string, string]> => [
      [en.nouns[k]!.one, es.nouns[k]!.one],
      [en.nouns[k]!.many, es.nouns[k]!.many],
    ]),
    ...en.months.map((m, i): [string, string] => [m, es.months[i]!]),
    // The web app's English labels are the keys of the Spanish ones.
    ...Object.entries(es.ui).map(([english, spanish]): [string, string] => [english, spanish]),
  ];
  const englishOnly = pairs.filter(([english, spanish]) => english.trim() && english !== spanish).map(([e]) => e);
  const spanishWords = new Set(pairs.flatMap(([, spanish]) => wordsOf(spanish.replace(/\{\w+\}/g, ''))));
  const words = new Set(
    englishOnly
      .flatMap((e) => wordsOf(e.replace(/\{\w+\}/g, '')))
      .filter((w) => w.length > 1 && !spanishWords.has(w) && !sameInBoth.has(w)),
  );
  const phrases = [
    ...new Set(englishOnly.map((e) => e.trim()).filter((e) => wordsOf(e.replace(/\{\w+\}/g, '')).length > 0)),
  ].map((english) => ({
    english,
    pattern: new RegExp(
      `(?<![\\p{L}])${english
        .split(/\{\w+\}/)
        .map(escape)
        .join('.+?')}(?![\\p{L}])`,
      'u',
    ),
  }));
  return { words, phrases };
}

/** The page's own words on screen: visible text, and the placeholders, labels and titles, outside `[data-content]`. */
function chromeTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const isContent = (node: Element | null) => !!node?.closest('[data-content]');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (!parent || !text || isContent(parent)) continue;
      if (parent.closest('script, style, noscript, title, .tooltip')) continue;
      // Options are read whether their list is open or not; other text only when it is shown.
      if (!parent.closest('option') && !parent.checkVisibility({ visibilityProperty: true })) continue;
      out.push(text);
    }
    for (const element of Array.from(
      document.body.querySelectorAll('[placeholder], [aria-label], [title], [data-label]'),
    )) {
      if (isContent(element)) continue;
      for (const name of ['placeholder', 'aria-label', 'title', 'data-label'])
        if (element.getAttribute(name)) out.push(element.getAttribute(name)!);
    }
    return out;
  });
}

describe.skipIf(!existsSync(chromiumPath))('the web app in Spanish, every page at both widths', () => {
  let store: { db: Kysely<Database>; close: () => Promise<void>; agreement: { id: string } };
  let server: { url: string; close: () => Promise<void> };
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const api = async <T>(path: string): Promise<T> => (await (await fetch(`${server.url}/api${path}`)).json()) as T;

  beforeAll(async () => {
    store = await newServedExampleStore();
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

  it('shows no English label, button, heading, table header, tab, hint, empty state or error on any page', async () => {
    const { vocabularies } = await api<{ vocabularies: Record<'en' | 'es', Vocabulary> }>('/vocabulary');
    const { words, phrases } = englishChecks(vocabularies.en, vocabularies.es);
    // The check itself can fail: the English it looks for is there when the app speaks English.
    expect(words.has('assessment') && words.has('the')).toBe(true);

    const { items: documents } = await api<{ items: Array<{ id: string }> }>('/documents?limit=500');
    const { items: entities } = await api<{ items: Array<{ id: string }> }>('/entities?limit=1');
    const agreement = store.agreement;
    const commitment = `${agreement.id}/dismantle-criminal-groups`;
    // Each route with what shows that it has drawn its content (not only that loading ended).
    const routes: Array<[string, string]> = [
      ['#/board', '.ctable-row'],
      [`#/commitment/${commitment}`, '.assessment'],
      [`#/commitment/${agreement.id}/border-security-tunnels`, '.assessment'],
      ['#/review', '.proposal, .empty'],
      ['#/review?state=accepted', '.proposal, .empty'],
      ['#/documents', 'table.documents tbody tr'],
      [`#/document/${documents[0]!.id}?span=0-40`, '.doc-text .run'],
      ['#/sources', '.intake-form'],
      ['#/entities', 'table.data tbody tr'],
      ['#/entities?kind=country', 'table.data tbody tr'],
      [`#/entity/${encodeURIComponent(entities[0]!.id)}`, '.card'],
      ['#/timeline', '.tl-item'],
      ['#/compare', '.compare-picker'],
      [`#/compare?docs=${documents[0]!.id},${documents[1]!.id}`, '.compare-col'],
      ['#/search', '.search-form'],
      ['#/search?q=Mexico', '.hit'],
      ['#/search?q=zzzqqq', '.empty'],
      ['#/analyze', '.analyze-form'],
      ['#/jobs', '.page-header'],
      ['#/timeline?from=not-a-date', '.error-box'],
      ['#/nowhere', 'h1'],
    ];

    // Spanish is chosen once and kept by the browser.
    await page.goto(`${server.url}/#/board`);
    await page.waitForSelector('#language');
    await page.selectOption('#language', 'es');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 15_000 }).toBe('es');

    const found: string[] = [];
    for (const [size, viewport] of Object.entries(viewports)) {
      await page.setViewportSize(viewport);
      for (const [hash, ready] of routes) {
        await page.goto(`${server.url}/${hash}`);
        await expect
          .poll(
            () =>
              page.evaluate(
                ([route, selector]) =>
                  document.getElementById('main')?.dataset.route === route &&
                  document.querySelector(`#main ${selector.split(', ').join(', #main ')}`) !== null,
                [hash, ready] as const,
              ),
            { timeout: 30_000, message: `${size} ${hash}: ${ready}` },
          )
          .toBe(true);
        for (const shown of await chromeTexts(page)) {
          const text = untranslated.reduce((rest, pattern) => rest.replace(pattern, ' '), shown);
          const phrase = phrases.find((p) => p.pattern.test(text));
          const word = wordsOf(text).find((w) => words.has(w));
          if (phrase || word) found.push(`${size} ${hash}: “${shown}” (${phrase ? phrase.english : word})`);
        }
        if (hash === '#/board' || hash === `#/commitment/${commitment}` || hash === '#/sources')
          await page.screenshot({
            path: join(screenshots, `es-${hash.replace(/^#\//, '').split(/[/?]/)[0]}-${size}.png`),
            fullPage: true,
          });
      }
    }
    await page.setViewportSize(viewports.desktop);
    expect([...new Set(found)]).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
