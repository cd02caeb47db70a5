import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { ContractAnalysis } from '../src/export/contract-json.js';
import { writeBadInputs } from './helpers/bad-inputs.js';
import { captureIo } from './helpers/capture-io.js';

let dir: string;
let inputs: Record<string, string>;
let analysis: ContractAnalysis;
let stderr: string[];
let exitCode: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'puente-bad-'));
  inputs = writeBadInputs(dir);
  const io = captureIo();
  exitCode = await main(['analyze', dir, '--format', 'json'], io);
  analysis = JSON.parse(io.stdout.join('\n')) as ContractAnalysis;
  stderr = io.stderr;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lineAbout = (path: string) => stderr.filter((line) => line.startsWith(`${path}:`));

describe('bad inputs', () => {
  it('lets the good inputs through and exits 1', () => {
    expect(exitCode).toBe(1);
    const names = analysis.documents.map((d) => d.source.name).sort();
    expect(names).toEqual(['broken-utf8.txt', 'good.html', 'good.txt', 'scripted.html']);
  });

  it.each([
    ['image', /is binary \(a PNG image\)/],
    ['empty', /is empty \(0 bytes\)/],
    ['huge', /is 51 MB, over the 50 MB limit \(raise it with --max-size\)/],
    ['nul', /contains NUL bytes \(first at byte 61\)/],
    ['loopA', /symbolic link loop/],
    ['loopDir', /symbolic link loop/],
    ['deep', /HTML nests elements 200,000 deep \(limit 1,000\)/],
  ])('%s gets exactly one clear line on stderr', (key, reason) => {
    const lines = lineAbout(inputs[key]!);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(reason);
    expect(lines[0]).not.toMatch(/\n|at .*\.js/);
  });

  it('decodes invalid UTF-8 with replacement characters and warns once', () => {
    const lines = lineAbout(inputs.brokenUtf8!);
    expect(lines).toEqual([`${inputs.brokenUtf8}: 2 invalid UTF-8 bytes replaced with U+FFFD (first at byte 81)`]);
    const document = analysis.documents.find((d) => d.source.name === 'broken-utf8.txt')!;
    expect(document.text).toContain('\uFFFD');
    expect(document.title).toBe('Señal Débil en la Frontera');
  });

  it('skips megabytes of script, keeps the article and says so', () => {
    expect(lineAbout(inputs.scripted!)).toEqual([`${inputs.scripted}: skipped 10.5 MB of script, style and comments`]);
    const document = analysis.documents.find((d) => d.source.name === 'scripted.html')!;
    expect(document.body).toContain('Inspectors at the Laredo crossing');
    expect(document.text).not.toContain('var x');
  });

  it('honours a smaller size limit given with --max-size', async () => {
    const small = join(dir, 'small-limit.txt');
    writeFileSync(small, 'Talks Resume\n\n' + 'The talks resumed on Monday after a pause. '.repeat(40));
    const io = captureIo();
    expect(await main(['analyze', small, '--max-size', '1KB'], io)).toBe(1);
    expect(io.stderr).toEqual([`${small}: is 1.7 KB, over the 1.0 KB limit (raise it with --max-size)`]);
  });

  it('refuses a bad --max-size with a usage error', async () => {
    const io = captureIo();
    expect(await main(['analyze', dir, '--max-size', 'lots'], io)).toBe(2);
    expect(io.stderr[0]).toMatch(/--max-size "lots": expected a size such as 50MB/);
  });
});
