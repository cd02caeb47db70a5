import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { openDatabase } from '../src/store/database.js';
import type { Database } from '../src/store/schema.js';
import { defaultReadLimits } from '../src/readers/index.js';
import { StoredAnalysisService } from '../src/services/stored-analysis.service.js';
import { HostPolicy, WebIntakeService } from '../src/services/web-intake.service.js';
import { captureIo } from './helpers/capture-io.js';
import { startWebSite } from './helpers/web-site.js';

let site: Awaited<ReturnType<typeof startWebSite>>;
let dir: string;
beforeAll(async () => void (site = await startWebSite()));
afterAll(async () => site.close());
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'puente-web-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const allowed = ['--allow-host', '127.0.0.1'];
const refusalTail =
  'Puente does not fetch from private, loopback or link-local addresses unless the host is allowed (--allow-host 127.0.0.1 or PUENTE_ALLOW_HOSTS)';

/** Runs the CLI in-process on a store in the test's folder. */
async function puente(...args: string[]) {
  const io = captureIo();
  const code = await main([...args, '--db', join(dir, 'store.db')], io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

/** The stored documents' analysis, by locator URL. */
async function storedByUrl(): Promise<
  Map<string, Awaited<ReturnType<StoredAnalysisService['analysis']>>['documents'][number]>
> {
  const db: Kysely<Database> = await openDatabase({ dialect: 'sqlite', path: join(dir, 'store.db') });
  try {
    const { documents } = await new StoredAnalysisService(db).analysis();
    return new Map(documents.map((d) => [d.source.url ?? '', d]));
  } finally {
    await db.destroy();
  }
}

describe('ingest URL: the address policy', () => {
  it('refuses a loopback URL that is not allowed, with one line naming the URL and the reason, and sends no request', async () => {
    const url = `${site.url}/2025/12/11/talks.html`;
    const before = site.hits.get('/2025/12/11/talks.html') ?? 0;
    const run = await puente('ingest', url);
    expect(run.code).toBe(1);
    expect(run.stderr).toEqual([`${url}: is a loopback address; ${refusalTail}`]);
    expect(run.stdout).toContain('read 1: 0 new, 0 unchanged, 0 new versions, 1 failed');
    expect(site.hits.get('/2025/12/11/talks.html') ?? 0).toBe(before);
  });

  it('checks the addresses a host name resolves to', async () => {
    const url = site.url.replace('127.0.0.1', 'localhost') + '/2025/12/11/talks.html';
    const run = await puente('ingest', url);
    expect(run.code).toBe(1);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toMatch(
      new RegExp(
        `^${url.replace(/[.?]/g, '\\$&')}: resolves to (127\\.0\\.0\\.1|::1), a loopback address; .*--allow-host localhost`,
      ),
    );
  });

  it('checks again after every redirect, and refuses other schemes', async () => {
    const run = await puente(
      'ingest',
      `${site.url}/to-link-local`,
      `${site.url}/to-ipv6-loopback`,
      `${site.url}/to-file`,
      'ftp://files.example/report.txt',
      ...allowed,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toEqual([
      `${site.url}/to-link-local: redirects to http://169.254.169.254/latest/meta-data/, which is a link-local address; Puente does not fetch from private, loopback or link-local addresses unless the host is allowed (--allow-host 169.254.169.254 or PUENTE_ALLOW_HOSTS)`,
      `${site.url}/to-ipv6-loopback: redirects to http://[::1]:9/, which is a loopback address; Puente does not fetch from private, loopback or link-local addresses unless the host is allowed (--allow-host ::1 or PUENTE_ALLOW_HOSTS)`,
      `${site.url}/to-file: redirects to file:///etc/passwd, and Puente follows only http and https`,
      'ftp://files.example/report.txt: uses ftp:, and Puente fetches only http and https URLs',
    ]);
  });

  it('allows the hosts of PUENTE_ALLOW_HOSTS', async () => {
    process.env.PUENTE_ALLOW_HOSTS = 'intranet.example, 127.0.0.1';
    try {
      const run = await puente('ingest', `${site.url}/2025/7/9/brief.html`);
      expect(run.stderr).toEqual([]);
      expect(run.code).toBe(0);
    } finally {
      delete process.env.PUENTE_ALLOW_HOSTS;
    }
  });
});

describe('ingest URL: pages', () => {
  it('keeps the URL as locator and source, the outlet, and reads the date in the URL when the page states none', async () => {
    const urls = [
      '/2025/12/11/talks.html',
      '/2025/7/9/brief.html',
      '/archive/2026-01-24-border-meeting.html',
      '/2025/12/11/dated.html',
    ].map((p) => site.url + p);
    const run = await puente('ingest', ...urls, ...allowed);
    expect(run.stderr).toEqual([]);
    expect(run.stdout).toContain('read 4: 4 new, 0 unchanged, 0 new versions, 0 failed');
    const stored = await storedByUrl();
    expect(stored.get(urls[0]!)).toMatchObject({
      source: { url: urls[0], name: 'The Valley Courier' },
      published: '2025-12-11',
      publishedSource: 'locator',
      title: 'Officials Review Security Program',
    });
    expect(stored.get(urls[1]!)).toMatchObject({
      source: { url: urls[1], name: '127.0.0.1' },
      published: '2025-07-09',
      publishedSource: 'locator',
    });
    expect(stored.get(urls[2]!)).toMatchObject({ published: '2026-01-24', publishedSource: 'locator' });
    // The page's own markup wins over the URL.
    expect(stored.get(urls[3]!)).toMatchObject({ published: '2025-12-10', publishedSource: 'metadata' });
    expect(stored.get(urls[0]!)!.body).toMatch(/^Mexican and American officials met in Monterrey/);
    // The same page again is unchanged.
    expect((await puente('ingest', urls[0]!, ...allowed)).stdout).toContain(
      'read 1: 0 new, 1 unchanged, 0 new versions, 0 failed',
    );
  });

  it('reads a PDF by URL, dated by its URL', async () => {
    const url = `${site.url}/statements/2025/12/11/joint.pdf`;
    const run = await puente('ingest', url, ...allowed);
    expect(run.stderr).toEqual([]);
    expect((await storedByUrl()).get(url)).toMatchObject({
      format: 'pdf',
      title: 'Joint Statement on Customs Cooperation',
      published: '2025-12-11',
      publishedSource: 'locator',
    });
  });

  it('follows a redirect chain and stores the page under the URL it ends at', async () => {
    const run = await puente('ingest', `${site.url}/redirect/1`, ...allowed);
    expect(run.stderr).toEqual([]);
    const stored = await storedByUrl();
    expect([...stored.keys()]).toEqual([`${site.url}/2025/12/11/talks.html`]);
  });

  it('honours the charset of the Content-Type header (Windows-1252) and reads compressed pages', async () => {
    const run = await puente('ingest', `${site.url}/latin.html`, `${site.url}/gzip.html`, ...allowed);
    expect(run.stderr).toEqual([]);
    const stored = await storedByUrl();
    const latin = stored.get(`${site.url}/latin.html`)!;
    expect(latin.encoding).toBe('windows-1252');
    expect(latin.language).toBe('es');
    expect(latin.body).toContain('La Secretaría de Marina informó');
    expect(latin.body).toContain('Las autoridades “no descartan nuevas revisiones”');
    expect(stored.get(`${site.url}/gzip.html`)?.title).toBe('Compressed Page About Border Talks');
  });

  it('gives each bad URL one clear line and reads the others', async () => {
    const bad = [
      '/slow.html',
      '/silent.html',
      '/big.html',
      '/big-chunked.html',
      '/loop/a',
      '/image.png',
      '/empty.html',
      '/missing.html',
    ].map((p) => site.url + p);
    const run = await puente(
      'ingest',
      `${site.url}/2025/12/11/talks.html`,
      ...bad,
      'http://',
      ...allowed,
      '--timeout',
      '1',
      '--max-size',
      '64KB',
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('read 10: 1 new, 0 unchanged, 0 new versions, 9 failed');
    expect(run.stderr).toEqual([
      `${bad[0]}: did not send its page within 1 s (timeout)`,
      `${bad[1]}: did not answer within 1 s (timeout)`,
      expect.stringMatching(new RegExp(`^${bad[2]}: is \\d+ KB, over the 64 KB limit \\(raise it with --max-size\\)$`)),
      `${bad[3]}: is larger than the 64 KB limit (raise it with --max-size)`,
      `${bad[4]}: redirects in a loop (back to ${bad[4]})`,
      `${bad[5]}: is image/png, not a web page, text or feed Puente reads`,
      `${bad[6]}: answered with an empty body`,
      `${bad[7]}: answered HTTP 404 Not Found`,
      'http://: is not a valid URL',
    ]);
  });

  it('follows redirects a bounded number of times', async () => {
    const db = await openDatabase({ dialect: 'sqlite', path: join(dir, 'store.db') });
    try {
      const intake = new WebIntakeService(db, {
        limits: defaultReadLimits,
        timeoutMs: 5000,
        maxRedirects: 2,
        policy: new HostPolicy(['127.0.0.1']),
      });
      await expect(intake.fetch(`${site.url}/redirect/1`)).rejects.toThrow(
        `${site.url}/redirect/1: redirects more than 2 times (the last to ${site.url}/2025/12/11/talks.html)`,
      );
    } finally {
      await db.destroy();
    }
  });
});

describe('ingest FEED_URL: a feed read once', () => {
  it("RSS: fetches each item's link, or takes its carried full text, with the pubDate as publication date", async () => {
    const tallyHits = site.hits.get('/news/tally.html') ?? 0;
    const run = await puente('ingest', `${site.url}/rss.xml`, ...allowed);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${site.url}/rss.xml: feed "Valley Courier: Security" with 3 items`);
    expect(run.stdout).toContain('read 3: 2 new, 0 unchanged, 0 new versions, 1 failed');
    expect(run.stderr).toEqual([`${site.url}/news/gone.html: answered HTTP 404 Not Found`]);
    const stored = await storedByUrl();
    expect(stored.get(`${site.url}/news/monterrey-talks.html`)).toMatchObject({
      title: 'Officials Review Security Program in Monterrey',
      published: '2025-12-11',
      publishedSource: 'metadata',
      authors: ['Lucía Ferrer'],
      source: { name: 'Valley Courier: Security' },
    });
    const carried = stored.get(`${site.url}/news/tally.html`)!;
    expect(carried).toMatchObject({
      title: 'Working Group Will Publish a Monthly Tally',
      published: '2025-12-12',
      publishedSource: 'metadata',
    });
    expect(carried.body).toMatch(/^The carried article runs long enough/);
    // Carried in full: its page was not fetched.
    expect(site.hits.get('/news/tally.html') ?? 0).toBe(tallyHits);
  });

  it("Atom: the entry's page, dated by its published day in the publisher's time zone", async () => {
    const run = await puente('ingest', `${site.url}/atom.xml`, ...allowed);
    expect(run.stderr).toEqual([]);
    expect(run.code).toBe(0);
    const stored = await storedByUrl();
    expect(stored.get(`${site.url}/comunicados/501.html`)).toMatchObject({
      published: '2025-07-08',
      language: 'es',
      title: 'Desmantelan laboratorios en Sinaloa',
    });
  });

  it('not-ok: a broken feed is one line', async () => {
    const run = await puente('ingest', `${site.url}/broken-feed.xml`, ...allowed);
    expect(run.code).toBe(1);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toMatch(new RegExp(`^${site.url}/broken-feed\\.xml: is not well-formed XML \\(.+\\)$`));
  });
});
