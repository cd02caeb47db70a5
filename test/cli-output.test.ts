import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { printable } from '../src/cli/printable.js';
import { goodArticle } from './helpers/bad-inputs.js';
import { captureIo } from './helpers/capture-io.js';

let dir: string;
// The store lives beside the folder ingested: inside it, its files would be named as skipped.
let store: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'puente-cli-'));
  store = join(mkdtempSync(join(tmpdir(), 'puente-cli-store-')), 'store.db');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(dirname(store), { recursive: true, force: true });
});

describe('what the command line prints', () => {
  it('ends an ingest with a summary whose parts add up to what was read', async () => {
    writeFileSync(join(dir, 'a.txt'), goodArticle);
    writeFileSync(join(dir, 'b.txt'), goodArticle);
    writeFileSync(join(dir, 'c-empty.txt'), '');
    const io = captureIo();
    const code = await main(['ingest', dir, join(dir, 'missing.txt'), '--db', store], io);
    expect(code).toBe(1);
    expect(io.stdout).toContain('read 4: 1 new, 1 unchanged, 0 new versions, 2 failed');
  });

  it('exits 3 with one line naming the file when --db is not a database', async () => {
    const notDb = join(dir, 'notes.db');
    writeFileSync(notDb, 'These are meeting notes, not a database. '.repeat(40));
    for (const args of [['audit', 'verify'], ['ingest', notDb], ['followup']]) {
      const io = captureIo();
      expect(await main([...args, '--db', notDb], io)).toBe(3);
      expect(io.stderr).toEqual([`${notDb}: cannot open the SQLite store (file is not a database)`]);
    }
  });

  it('prints file names with newlines and escape codes escaped, one line each', async () => {
    const name = 'evil\nfake: 0 failed\u001b[2J\u202e.txt';
    writeFileSync(join(dir, name), '');
    const io = captureIo();
    expect(await main(['ingest', dir, '--db', store], io)).toBe(1);
    expect(io.stderr).toEqual([`${dir}/evil\\nfake: 0 failed\\x1b[2J\\u202e.txt: is empty (0 bytes)`]);
    const analyze = captureIo();
    await main(['analyze', dir], analyze);
    expect(analyze.stderr).toEqual(io.stderr);
  });

  it('leaves ordinary text, accents and quotes alone', () => {
    expect(printable('informe «México» — año 2025.txt')).toBe('informe «México» — año 2025.txt');
  });
});
