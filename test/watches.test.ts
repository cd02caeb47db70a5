import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { createApp } from '../src/server/app.js';
import { createServices } from '../src/services/create-services.js';
import { defaultReadLimits } from '../src/readers/index.js';
import { DocumentsRepository } from '../src/store/repositories/documents.repository.js';
import type { Database } from '../src/store/schema.js';
import { WatchScheduler } from '../src/services/watch-scheduler.js';
import { formatInterval, parseInterval, WatchService } from '../src/services/watch.service.js';
import { HostPolicy, WebIntakeService } from '../src/services/web-intake.service.js';
import { captureIo } from './helpers/capture-io.js';
import { forEachDialect, newTestStore } from './helpers/store.js';
import { startWebSite } from './helpers/web-site.js';

let site: Awaited<ReturnType<typeof startWebSite>>;
beforeAll(async () => void (site = await startWebSite()));
afterAll(async () => site.close());

const settings = { limits: defaultReadLimits, timeoutMs: 5000, maxRedirects: 5, policy: new HostPolicy(['127.0.0.1']) };
const minutes = (n: number) => n * 60_000;

describe('intervals', () => {
  it('reads 30m, 2h, 1h30m, 1d and refuses what is not one, too short or too long', () => {
    expect(parseInterval('30m', '--every')).toBe(1800);
    expect(parseInterval('1h30m', '--every')).toBe(5400);
    expect(parseInterval(' 1d ', '--every')).toBe(86_400);
    expect(formatInterval(5400)).toBe('1h30m');
    expect(() => parseInterval('soon', '--every')).toThrow(
      '--every: "soon" is not an interval such as 30m, 2h, 1h30m or 1d',
    );
    expect(() => parseInterval('10s', '--every')).toThrow(
      '--every: "10s" is too often; read a feed at most once a minute',
    );
    expect(() => parseInterval('40d', '--every')).toThrow('--every: "40d" is longer than 30 days');
  });
});

forEachDialect(['sqlite', 'postgres'], (dialect) => {
  let store: { db: Kysely<Database>; close: () => Promise<void> };
  let clock: Date;
  let watches: WatchService;
  beforeEach(async () => {
    store = await newTestStore(dialect);
    clock = new Date('2025-12-12T16:00:00.000Z');
    const now = () => clock;
    watches = new WatchService(store.db, new WebIntakeService(store.db, settings, now), now);
    site.failing.clear();
  });
  afterEach(async () => store.close());

  it('adds a feed, reads it at once, and keeps its validators, last error and next try', async () => {
    const { watch, poll, added } = await watches.add(`${site.url}/rss.xml`, 1800);
    expect(added).toBe(true);
    expect(poll).toMatchObject({ status: 'read', items: 3, summary: { read: 3, new: 2, failed: 1 } });
    expect(watch).toMatchObject({
      url: `${site.url}/rss.xml`,
      title: 'Valley Courier: Security',
      everySeconds: 1800,
      etag: '"rss-v1"',
      lastModified: 'Fri, 12 Dec 2025 15:00:00 GMT',
      lastCheckedAt: '2025-12-12T16:00:00.000Z',
      failures: 0,
      nextTryAt: '2025-12-12T16:30:00.000Z',
    });
    // A feed that answered, with one item that did not: the item is its last error.
    expect(watch.lastError).toBe(
      `1 of 3 new items failed; the first: ${site.url}/news/gone.html: answered HTTP 404 Not Found`,
    );
    expect(await new DocumentsRepository(store.db).count()).toBe(2);
  });

  it('reads only what is due, with a conditional request, and fetches no item twice', async () => {
    await watches.add(`${site.url}/rss.xml`, 1800);
    const pageHits = site.hits.get('/news/monterrey-talks.html');
    clock = new Date(clock.getTime() + minutes(10));
    expect(await watches.pollDue()).toEqual([]);
    clock = new Date(clock.getTime() + minutes(21));
    const [poll] = await watches.pollDue();
    expect(poll).toMatchObject({ status: 'not-modified', items: 0, nextTryAt: '2025-12-12T17:01:00.000Z' });
    expect(site.hits.get('/news/monterrey-talks.html')).toBe(pageHits);
    // Read in full once more (the validators forgotten): stored items are not fetched again.
    await store.db.updateTable('watches').set({ etag: null, next_try_at: '2025-12-12T16:00:00.000Z' }).execute();
    const [again] = await watches.pollDue();
    expect(again).toMatchObject({ status: 'read', items: 3, summary: { read: 1, failed: 1 } });
    expect(site.hits.get('/news/monterrey-talks.html')).toBe(pageHits);
  });

  it("keeps a failing feed's error and backs off its next try, then clears them when it answers", async () => {
    await watches.add(`${site.url}/atom.xml`, 1800);
    site.failing.add('/atom.xml');
    clock = new Date('2025-12-12T16:30:00.000Z');
    const [first] = await watches.pollDue();
    expect(first).toMatchObject({
      status: 'failed',
      error: `${site.url}/atom.xml: answered HTTP 503 Service Unavailable`,
      nextTryAt: '2025-12-12T17:00:00.000Z',
    });
    clock = new Date('2025-12-12T17:00:00.000Z');
    await watches.pollDue();
    const [listed] = await watches.list();
    expect(listed).toMatchObject({
      failures: 2,
      lastError: `${site.url}/atom.xml: answered HTTP 503 Service Unavailable`,
      nextTryAt: '2025-12-12T18:00:00.000Z',
      lastSuccessAt: '2025-12-12T16:00:00.000Z',
    });
    site.failing.clear();
    clock = new Date('2025-12-12T18:00:00.000Z');
    const [back] = await watches.pollDue();
    expect(back).toMatchObject({ status: 'not-modified' });
    expect((await watches.list())[0]).toMatchObject({
      failures: 0,
      lastError: null,
      nextTryAt: '2025-12-12T18:30:00.000Z',
    });
  });

  it('refuses what is not a feed, and what cannot be fetched, with one line each; adding again changes the interval', async () => {
    await expect(watches.add(`${site.url}/2025/12/11/talks.html`)).rejects.toThrow(
      `${site.url}/2025/12/11/talks.html: is not a feed (it is text/html); to read a page once, use ingest`,
    );
    await expect(watches.add(`${site.url}/broken-feed.xml`)).rejects.toThrow(
      /broken-feed\.xml: is not well-formed XML/,
    );
    await expect(watches.add('gopher://old.example/feed')).rejects.toThrow(
      'gopher://old.example/feed: uses gopher:, and Puente fetches only http and https URLs',
    );
    const strict = new WatchService(
      store.db,
      new WebIntakeService(store.db, { ...settings, policy: new HostPolicy() }),
    );
    await expect(strict.add(`${site.url}/rss.xml`)).rejects.toThrow(`${site.url}/rss.xml: is a loopback address;`);
    expect(await watches.list()).toEqual([]);
    await watches.add(`${site.url}/atom.xml`, 1800);
    const again = await watches.add(`${site.url}/atom.xml`, 7200);
    expect(again).toMatchObject({ added: false, poll: null, watch: { everySeconds: 7200 } });
    await watches.remove(`${site.url}/atom.xml`);
    expect(await watches.list()).toEqual([]);
    await expect(watches.remove(`${site.url}/atom.xml`)).rejects.toThrow(`watch "${site.url}/atom.xml" not found`);
  });

  it('the in-process scheduler reads due feeds and reports them', async () => {
    await watches.add(`${site.url}/rss.xml`, 1800);
    clock = new Date('2025-12-12T16:45:00.000Z');
    const polled: string[] = [];
    const scheduler = new WatchScheduler(watches, {
      tickMs: 20,
      onPolled: (results) => void polled.push(...results.map((r) => r.status)),
    });
    scheduler.start();
    await expect.poll(() => polled, { timeout: 5000 }).toEqual(['not-modified']);
    await scheduler.stop();
  });
});

describe('watch commands and the API', () => {
  let dir: string;
  beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'puente-watch-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const puente = async (...args: string[]) => {
    const io = captureIo();
    const code = await main([...args, '--db', join(dir, 'store.db')], io);
    return { code, stdout: io.stdout, stderr: io.stderr };
  };

  it('watch add, list, run and remove', async () => {
    const feed = `${site.url}/atom.xml`;
    const added = await puente('watch', 'add', feed, '--every', '45m', '--allow-host', '127.0.0.1');
    expect(added.stderr).toEqual([]);
    expect(added.code).toBe(0);
    expect(added.stdout[0]).toBe(`Watching ${feed} ("Marina: comunicados") every 45m`);
    expect(added.stdout[1]).toMatch(
      new RegExp(
        `^${feed}: 1 item in the feed, read 1: 1 new, 0 unchanged, 0 new versions, 0 failed; next try \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC$`,
      ),
    );
    const listed = await puente('watch', 'list');
    expect(listed.stdout).toHaveLength(1);
    expect(listed.stdout[0]).toMatch(
      new RegExp(`^${feed}  "Marina: comunicados"  every 45m  last read \\S+ \\S+  next try \\S+ \\S+ UTC$`),
    );
    expect((await puente('watch', 'run')).stdout).toEqual(['No watched feed is due']);
    expect((await puente('watch', 'remove', feed)).stdout).toEqual([
      `Stopped watching ${feed}; its documents stay in the store`,
    ]);
    expect((await puente('watch', 'list')).stdout).toEqual([
      'No feeds are watched; add one with puente watch add URL [--every 30m]',
    ]);
  });

  it('bad watch commands get one line each', async () => {
    const unallowed = await puente('watch', 'add', `${site.url}/rss.xml`);
    expect(unallowed).toMatchObject({
      code: 1,
      stderr: [expect.stringMatching(new RegExp(`^puente watch: ${site.url}/rss\\.xml: is a loopback address; `))],
    });
    expect(
      (await puente('watch', 'add', `${site.url}/rss.xml`, '--every', '5s', '--allow-host', '127.0.0.1')).stderr,
    ).toEqual(['puente watch: --every: "5s" is too often; read a feed at most once a minute']);
    expect((await puente('watch', 'remove', 'https://nowhere.example/feed')).stderr).toEqual([
      'puente watch: watch "https://nowhere.example/feed" not found',
    ]);
    expect((await puente('watch', 'add')).code).toBe(2);
  });

  it("the API ingests a URL and manages watches, with the server's allowed hosts", async () => {
    const store = await newTestStore('sqlite');
    try {
      // The local single-user mode (no users on this store): writes carry the page's CSRF token.
      const app = createApp(createServices(store.db, { web: settings, localMode: true }));
      const csrf = ((await (await app.request('/api/session')).json()) as { csrfToken: string }).csrfToken;
      const call = async (method: string, path: string, body?: unknown) => {
        const response = await app.request(`/api${path}`, {
          method,
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        return { status: response.status, body: (await response.json()) as Record<string, any> };
      };
      const page = await call('POST', '/intake/url', { url: `${site.url}/2025/12/11/talks.html` });
      expect(page).toMatchObject({
        status: 200,
        body: {
          summary: { new: 1 },
          outcomes: [{ path: `${site.url}/2025/12/11/talks.html`, outcome: 'new' }],
          feed: null,
        },
      });
      const bad = await call('POST', '/intake/url', { url: `${site.url}/missing.html` });
      expect(bad).toEqual({
        status: 400,
        body: { error: { code: 'bad_input', message: `${site.url}/missing.html: answered HTTP 404 Not Found` } },
      });
      const added = await call('POST', '/watches', { url: `${site.url}/rss.xml`, every: '2h' });
      expect(added).toMatchObject({
        status: 201,
        body: {
          added: true,
          watch: { everySeconds: 7200, title: 'Valley Courier: Security' },
          poll: { status: 'read' },
        },
      });
      expect((await call('POST', '/watches', { url: `${site.url}/rss.xml`, every: 'often' })).body.error.message).toBe(
        'body.every: "often" is not an interval such as 30m, 2h, 1h30m or 1d',
      );
      const listed = await call('GET', '/watches');
      expect(listed.body.watches).toHaveLength(1);
      expect(listed.body.watches[0].lastError).toMatch(/gone\.html: answered HTTP 404 Not Found$/);
      expect((await call('POST', '/watches/poll', { url: `${site.url}/rss.xml` })).body.poll.status).toBe(
        'not-modified',
      );
      expect((await call('DELETE', `/watches?url=${encodeURIComponent(`${site.url}/rss.xml`)}`)).body).toEqual({
        removed: `${site.url}/rss.xml`,
      });
      expect((await call('DELETE', `/watches?url=${encodeURIComponent(`${site.url}/rss.xml`)}`)).status).toBe(404);
    } finally {
      await store.close();
    }
  });
});
