/**
 * An ingest of 5,000 files killed with SIGKILL at random points, then run again normally, leaves the
 * store as one clean run leaves it: the same documents under the same paths, the same stored layers
 * and messages, and the same evidence proposals. The files are short (about 600 characters) so that
 * the two ingests this takes stay affordable; the store holds the example agreement, so proposals
 * are made. The kill points are drawn from a fixed seed: three while documents are being stored
 * (at a count of stored documents), one in the proposal phase (at a delay after the summary line,
 * a fraction of what that phase took in the clean run).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shortDistinctArticles } from '../bench/corpus.js';
import { bundleCli } from './helpers/cli-process.js';
import { repoRoot } from './helpers/shared.js';

const FILES = 5000;
const agreementFile = join(repoRoot, 'example', 'agreement.yaml');
let dir: string;
let docs: string;
let cli: Awaited<ReturnType<typeof bundleCli>>;

/** What a run leaves that must not depend on crashes: documents, versions, layers, messages, proposals. */
function contentsOf(path: string) {
  const db = new Sqlite(path, { readonly: true });
  try {
    return {
      documents: db.prepare('SELECT id, body, title, published FROM documents ORDER BY id').all(),
      versions: db
        .prepare('SELECT locator, version, document_id FROM document_versions ORDER BY locator, version')
        .all(),
      analyses: db
        .prepare(
          'SELECT document_id, pipeline_version, layers, messages, failure FROM document_analyses ORDER BY document_id',
        )
        .all(),
      messages: db
        .prepare(
          'SELECT document_id, source, rule_id, severity, reason, start, "end" FROM messages ORDER BY document_id, start, "end", rule_id, reason',
        )
        .all(),
      proposals: db
        .prepare(
          'SELECT id, commitment_id, document_id, start, "end", kind, score, reason, state FROM proposals ORDER BY id',
        )
        .all(),
      unproposed: (db.prepare('SELECT count(*) AS n FROM documents WHERE proposed_at IS NULL').get() as { n: number })
        .n,
    };
  } finally {
    db.close();
  }
}

/** How many documents the store holds now (read beside the writer, as WAL allows). */
function storedCount(path: string): number {
  try {
    const db = new Sqlite(path, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

/** When to kill an ingest: once the store holds `stored` documents, or `afterSummary` ms after it prints its summary line. */
type KillPoint = { readonly stored: number } | { readonly afterSummary: number };

/** What one ingest process did: whether it was killed, what it printed, and how long its proposal phase ran. */
interface IngestRun {
  readonly killed: boolean;
  readonly code: number | null;
  readonly stdout: string;
  /** From the summary line (printed once every document is stored) to the end of the process. */
  readonly proposalMs: number | null;
}

/** Runs an ingest into `store`, killed (SIGKILL) at `kill` when one is given. */
function ingest(store: string, kill?: KillPoint): Promise<IngestRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli.script, 'ingest', docs, '--db', store], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let stdout = '';
    let summaryAt: number | null = null;
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (summaryAt !== null || !/^read \d+:/m.test(stdout)) return;
      summaryAt = performance.now();
      if (kill && 'afterSummary' in kill) timer = setTimeout(() => child.kill('SIGKILL'), kill.afterSummary);
    });
    const poll =
      kill && 'stored' in kill
        ? setInterval(() => {
            if (storedCount(store) >= kill.stored) child.kill('SIGKILL');
          }, 15)
        : undefined;
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearInterval(poll);
      clearTimeout(timer);
      resolve({
        killed: signal === 'SIGKILL',
        code,
        stdout,
        proposalMs: summaryAt === null ? null : performance.now() - summaryAt,
      });
    });
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'puente-crash-'));
  docs = join(dir, 'docs');
  mkdirSync(docs);
  shortDistinctArticles([join(repoRoot, 'example', 'documents')], FILES).forEach((text, i) =>
    writeFileSync(join(docs, `article-${String(i).padStart(4, '0')}.txt`), text),
  );
  cli = await bundleCli();
}, 120_000);
afterAll(() => {
  cli.close();
  rmSync(dir, { recursive: true, force: true });
});

describe(`an ingest of ${FILES} files killed at random points`, () => {
  it('is completed by a normal run into what one clean run stores', async () => {
    const clean = join(dir, 'clean.db');
    expect((await cli.run(['agreement', 'import', agreementFile, '--db', clean])).code).toBe(0);
    const cleanRun = await ingest(clean);
    expect(cleanRun.code).toBe(0);
    expect(cleanRun.stdout).toMatch(
      new RegExp(`^read ${FILES}: ${FILES} new, 0 unchanged, 0 new versions, 0 failed$`, 'm'),
    );
    const expected = contentsOf(clean);
    expect(expected.documents.length).toBe(FILES);
    expect(expected.proposals.length).toBeGreaterThan(0);

    const crashed = join(dir, 'crashed.db');
    expect((await cli.run(['agreement', 'import', agreementFile, '--db', crashed])).code).toBe(0);
    // Kill points from a fixed seed: three while storing, rising (one in each third of the files)
    // so that each run gets further than the last, then one in the proposal phase.
    let seed = 17;
    const draw = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const storing = [0, 1, 2].map((k) => Math.floor(((k + draw()) / 3) * (FILES - 10)) + 1);
    let kills = 0;
    for (const stored of storing) if ((await ingest(crashed, { stored })).killed) kills++;
    expect(kills).toBeGreaterThan(0);
    expect(storedCount(crashed)).toBeLessThan(FILES);

    // Within the first half of what the phase took in the clean run, so that the process is still in it.
    const proposing = await ingest(crashed, { afterSummary: Math.floor(draw() * 0.5 * cleanRun.proposalMs!) });
    expect(proposing.killed).toBe(true);
    expect(storedCount(crashed)).toBe(FILES);
    expect(contentsOf(crashed).unproposed).toBeGreaterThan(0);

    const rerun = await ingest(crashed);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toMatch(
      new RegExp(`^read ${FILES}: 0 new, ${FILES} unchanged, 0 new versions, 0 failed$`, 'm'),
    );
    const after = contentsOf(crashed);
    expect(after.unproposed).toBe(0);
    expect(after.documents).toEqual(expected.documents);
    expect(after.versions).toEqual(expected.versions);
    expect(after.analyses).toEqual(expected.analyses);
    expect(after.messages).toEqual(expected.messages);
    expect(after.proposals).toEqual(expected.proposals);
  }, 1_800_000);
});
