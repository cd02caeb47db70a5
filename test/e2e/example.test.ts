// The bundled example in a real browser: the timeline shows each event once with its sources, and the
// compare view shows only what comparing the chosen documents found.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultReadLimits } from '../../src/readers/index.js';
import { IngestService } from '../../src/services/ingest.service.js';
import type { Database } from '../../src/store/schema.js';
import { chromiumPath, openRoute, openWebApp, screenshots } from '../helpers/browser.js';
import { repoRoot } from '../helpers/shared.js';
import { newTestStore } from '../helpers/store.js';

const viewports = { desktop: { width: 1280, height: 800 }, mobile: { width: 390, height: 844 } } as const;

interface Story {
  id: string;
  type: string;
  documents: string[];
  reports: Array<{ document: string; date: string | null }>;
}
interface Finding {
  kind: string;
  documents: string[];
  evidence: Array<{ document: string }>;
}

/**
 * How the PLOVER manual reads each event of the bundled example (documents we wrote), by a phrase of
 * its sentence: the types an event told there may have, and the manual's reason. A timeline row whose
 * sentence is not listed is a new event: read it against the manual and add it here.
 */
const ploverReading: ReadonlyArray<{ phrase: string; types: readonly string[]; reason: string }> = [
  { phrase: 'Secretary of State Marco Rubio met', types: ['consult/meet'], reason: 'CONSULT: a meeting in person' },
  {
    phrase: 'collaboration without subordination',
    types: ['reject'],
    reason: 'REJECT: refusing another party\'s approach ("does not accept")',
  },
  {
    phrase: 'who also held talks',
    types: ['consult/meet', 'consult/statement'],
    reason: 'CONSULT: talks; our statement mode for remarks to reporters',
  },
  {
    phrase: 'In recent months Mexico has sent dozens',
    types: ['mobilize', 'cooperate/transfer_custody'],
    reason: 'MOBILIZE: troops deployed; custody handed to the other country is our transfer mode of COOPERATE',
  },
  { phrase: 'The two governments agreed to share', types: ['agree'], reason: 'AGREE: a joint undertaking' },
  {
    phrase: 'Washington designated several Mexican',
    types: ['sanction/designate'],
    reason: 'SANCTION: a terrorist designation, our designate mode',
  },
  {
    phrase: 'CIUDAD DE MÉXICO, 4 de septiembre',
    types: ['consult/meet', 'agree'],
    reason: 'CONSULT: a visit received; AGREE: what the two agreed there',
  },
  {
    phrase: 'Según el comunicado',
    types: ['consult/statement'],
    reason: 'a formal statement the text reports, our statement mode',
  },
  { phrase: 'como colaboración sin subordinación', types: ['reject'], reason: 'REJECT: "no acepta"' },
  { phrase: 'ha insistido en que', types: ['request'], reason: 'REQUEST: insisting that the other party act' },
  {
    phrase: 'México enviara a',
    types: ['cooperate/transfer_custody'],
    reason: 'custody of detainees handed over, our transfer mode of COOPERATE',
  },
  {
    phrase: 'Mexico transferred 26 people',
    types: ['cooperate/transfer_custody'],
    reason: 'custody of detainees handed over',
  },
  { phrase: 'who is accused in the', types: ['accuse'], reason: 'ACCUSE: a criminal charge' },
  { phrase: 'welcomed the transfers', types: ['support'], reason: "SUPPORT: praise for the other party's act" },
  {
    phrase: 'broader effort to dismantle',
    types: ['coerce/arrest', 'coerce/seize'],
    reason: 'COERCE: arrests and seizures',
  },
  {
    phrase: 'has designated eight criminal',
    types: ['sanction/designate'],
    reason: 'SANCTION: terrorist designations',
  },
  { phrase: 'sent Congress a proposal', types: ['request'], reason: 'REQUEST: a formal proposal put to another body' },
  { phrase: 'linked its demands', types: ['request'], reason: 'REQUEST: pressing for action' },
  { phrase: 'CIUDAD DE MÉXICO, 10 de septiembre', types: ['agree'], reason: 'AGREE: what both governments agreed' },
  { phrase: 'informó de detenciones', types: ['coerce/arrest'], reason: 'COERCE: arrests' },
  { phrase: 'sancionó a personas', types: ['sanction'], reason: 'SANCTION: Treasury sanctions' },
  { phrase: 'que se aseguran', types: ['coerce/seize'], reason: 'COERCE: seizures of weapons' },
  { phrase: 'Ambos gobiernos se comprometieron', types: ['agree'], reason: 'AGREE: a joint pledge' },
  { phrase: 'The program that Secretary of State', types: ['agree'], reason: 'AGREE: the program agreed' },
  { phrase: 'Its real test will be', types: ['agree'], reason: 'AGREE: the group the two agreed to create' },
  { phrase: 'On drugs, both governments agreed', types: ['agree'], reason: 'AGREE: a joint undertaking' },
  {
    phrase: 'has already pointed to arrests',
    types: ['coerce/arrest', 'coerce/seize'],
    reason: 'COERCE: arrests and seizures',
  },
  { phrase: 'On weapons, the United States agreed', types: ['agree'], reason: 'AGREE: an undertaking' },
  {
    phrase: 'Financial Intelligence Unit',
    types: ['cooperate'],
    reason: 'COOPERATE: coordinated action of two agencies',
  },
  { phrase: 'On the border, both sides agreed', types: ['agree'], reason: 'AGREE: a joint undertaking' },
  {
    phrase: 'McALLEN, Texas',
    types: ['consult/meet', 'agree'],
    reason: "CONSULT: the group's meeting; AGREE: the group the two created",
  },
  { phrase: 'Las delegaciones acordaron aumentar', types: ['agree'], reason: 'AGREE: joint undertakings' },
];

describe.skipIf(!existsSync(chromiumPath))('the bundled example, in a real browser', () => {
  let store: { db: Kysely<Database>; close: () => Promise<void> };
  let server: { url: string; close: () => Promise<void> };
  let closeWebApp: (() => Promise<void>) | undefined;
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
    ({ server, page, close: closeWebApp } = await openWebApp(store.db, pageErrors));
  });
  afterAll(async () => {
    await closeWebApp?.();
    await store?.close();
  });

  it('shows one timeline row for each story, and never joins events weeks apart', async () => {
    const { items: stories, total } = await api<{ items: Story[]; total: number }>('/stories?limit=500');
    expect(stories.length).toBe(total);
    for (const story of stories) {
      const days = story.reports
        .map((r) => r.date)
        .filter((d): d is string => d !== null && /^\d{4}-\d{2}-\d{2}$/.test(d))
        .map((d) => Date.parse(d) / 86_400_000);
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

  it('types every event of its timeline as the PLOVER manual reads it', async () => {
    await shoot('timeline-types', '#/timeline', '.tl-item');
    const rows = await page.locator('.tl-item').evaluateAll((items) =>
      items.map((item) => ({
        type: item.querySelector('.event-head .etype')?.textContent ?? '',
        mode: item.querySelector('.event-head > span.muted.small')?.textContent ?? '',
        reports: Array.from(item.querySelectorAll('.story-reports > li > p:first-child'), (p) => p.textContent ?? ''),
      })),
    );
    expect(rows.length).toBeGreaterThan(20);
    const wrong: string[] = [];
    for (const row of rows) {
      const typed = row.mode ? `${row.type}/${row.mode}` : row.type;
      for (const report of row.reports) {
        const reading = ploverReading.find((r) => report.includes(r.phrase));
        if (!reading) wrong.push(`not yet read against the manual: ${typed} in "${report.slice(0, 80)}"`);
        else if (!reading.types.includes(typed))
          wrong.push(
            `${typed} where the manual reads ${reading.types.join(' or ')} (${reading.reason}): "${report.slice(0, 80)}"`,
          );
      }
    }
    expect(wrong).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('compares two documents with findings between those two only', async () => {
    const { items: documents } = await api<{ items: Array<{ id: string }> }>('/documents?limit=500');
    expect(documents.length).toBeGreaterThan(2);
    // The two documents that share the most stories: the pair a user would compare.
    const { items: stories } = await api<{ items: Story[] }>('/stories?limit=500');
    const counts = new Map<string, number>();
    for (const story of stories)
      for (const a of story.documents)
        for (const b of story.documents) if (a < b) counts.set(`${a},${b}`, (counts.get(`${a},${b}`) ?? 0) + 1);
    const pair =
      [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0] ??
      `${documents[0]!.id},${documents[1]!.id}`;
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
    const { items: hits } = await api<{
      items: Array<{ language: string; snippet: string; marks: Array<{ start: number; end: number }> }>;
    }>('/search?q=Mexico');
    const spanish = hits.filter((hit) => hit.language === 'es');
    expect(spanish.length).toBeGreaterThan(0);
    expect(spanish.flatMap((hit) => hit.marks.map((m) => hit.snippet.slice(m.start, m.end)))).toContain('México');
    await go('#/search?q=Mexico&language=es');
    await page.waitForSelector('.hit mark');
    const marked = await page.locator('.hit mark').allTextContents();
    expect(marked).toContain('México');
    expect(
      marked.every(
        (word) =>
          word
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
            .toLowerCase() === 'mexico',
      ),
    ).toBe(true);
    await shoot('search-example', '#/search?q=Mexico', '.hit');
  });
});
