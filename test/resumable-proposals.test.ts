import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { defaultReadLimits } from '../src/readers/index.js';
import { IngestService } from '../src/services/ingest.service.js';
import { openDatabase } from '../src/store/database.js';
import { DocumentsRepository } from '../src/store/repositories/documents.repository.js';
import { goodArticle, ownParagraph } from './helpers/bad-inputs.js';
import { captureIo } from './helpers/capture-io.js';
import { bundleCli } from './helpers/cli-process.js';
import { repoRoot } from './helpers/shared.js';

const agreementFile = join(repoRoot, 'example', 'agreement.yaml');
const FILES = 6;
let dir: string;
let docs: string;
let cleanProposals: string[];
let cli: Awaited<ReturnType<typeof bundleCli>>;

async function proposalsIn(path: string): Promise<{ ids: string[]; unproposed: number }> {
  const db = await openDatabase({ dialect: 'sqlite', path });
  try {
    const rows = await db.selectFrom('proposals').select('id').orderBy('id').execute();
    return { ids: rows.map((row) => row.id), unproposed: (await new DocumentsRepository(db).unproposedIds()).length };
  } finally {
    await db.destroy();
  }
}

async function ingest(store: string): Promise<string[]> {
  const io = captureIo();
  expect(await main(['ingest', docs, '--db', store], io)).toBe(0);
  return io.stdout;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'puente-resume-'));
  docs = join(dir, 'docs');
  mkdirSync(docs);
  for (let i = 1; i <= FILES; i++) {
    writeFileSync(
      join(docs, `tanker-${i}.txt`),
      `${goodArticle}\nIt was the ${i}th seizure of stolen fuel this year, as fuel theft and fuel smuggling grow: ${ownParagraph(i)}.\n`,
    );
  }
  const clean = join(dir, 'clean.db');
  expect(await main(['agreement', 'import', agreementFile, '--db', clean], captureIo())).toBe(0);
  await ingest(clean);
  cleanProposals = (await proposalsIn(clean)).ids;
  cli = await bundleCli();
});
afterAll(() => {
  cli.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('proposal work left by a crash', () => {
  it('is finished by the next ingest, though every file is unchanged, and only once', async () => {
    expect(cleanProposals.length).toBeGreaterThan(0);
    const store = join(dir, 'crashed.db');
    expect(await main(['agreement', 'import', agreementFile, '--db', store], captureIo())).toBe(0);
    // The document writes of an ingest, without the proposal phase that follows them: what a crash
    // between the two leaves behind.
    const db = await openDatabase({ dialect: 'sqlite', path: store });
    await new IngestService(db).ingestPaths([docs], defaultReadLimits);
    await db.destroy();
    expect(await proposalsIn(store)).toEqual({ ids: [], unproposed: FILES });

    const next = await ingest(store);
    expect(next[0]).toBe(`read ${FILES}: 0 new, ${FILES} unchanged, 0 new versions, 0 failed`);
    expect(next[1]).toMatch(new RegExp(`^us-mx-security-2025: ${cleanProposals.length} new evidence proposals`));
    expect(await proposalsIn(store)).toEqual({ ids: cleanProposals, unproposed: 0 });

    const again = await ingest(store);
    expect(again).toEqual([`read ${FILES}: 0 new, ${FILES} unchanged, 0 new versions, 0 failed`]);
    expect((await proposalsIn(store)).ids).toEqual(cleanProposals);
  });

  it('is finished after the ingest process is killed (SIGKILL) during its proposal phase', async () => {
    // The kill is sent when the summary line arrives; on a busy machine the six documents' proposals may
    // be done by then, and that run proves nothing: a fresh store is tried again, up to five times.
    let store = '';
    let unproposed = 0;
    for (let attempt = 1; attempt <= 5 && unproposed !== FILES; attempt++) {
      store = join(dir, `killed-${attempt}.db`);
      expect(await main(['agreement', 'import', agreementFile, '--db', store], captureIo())).toBe(0);
      // The summary line is printed once every document is stored and before proposals are made.
      const killed = await new Promise<NodeJS.Signals | null>((resolve, reject) => {
        const child = spawn(process.execPath, [cli.script, 'ingest', docs, '--db', store], {
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        child.stdout.on('data', (chunk: Buffer) => {
          if (chunk.toString().includes('read ')) child.kill('SIGKILL');
        });
        child.on('error', reject);
        child.on('close', (_code, signal) => resolve(signal));
      });
      // A run that ended before the kill landed left nothing to finish either.
      unproposed = killed === 'SIGKILL' ? (await proposalsIn(store)).unproposed : 0;
    }
    expect(unproposed).toBe(FILES);

    const rerun = await cli.run(['ingest', docs, '--db', store]);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain(`read ${FILES}: 0 new, ${FILES} unchanged`);
    expect(await proposalsIn(store)).toEqual({ ids: cleanProposals, unproposed: 0 });
  }, 180_000);
});
