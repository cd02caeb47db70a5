import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main.js';
import type { ContractAnalysis } from '../../export/contract-json.js';
import { captureIo } from '#test/helpers/capture-io.js';

let dir: string;
let file: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'puente-published-'));
  file = join(dir, 'talks.txt');
  writeFileSync(
    file,
    'Border Talks Resume\n\nThe two delegations met on Thursday in Washington and agreed to meet again the next day, officials said.',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function analyze(...extra: string[]) {
  const io = captureIo();
  const code = await main(['analyze', file, '--format', 'json', ...extra], io);
  return { code, io, analysis: code === 0 ? (JSON.parse(io.stdout.join('\n')) as ContractAnalysis) : null };
}

describe('puente analyze --published', () => {
  it('sets the publication date of a plain file, and relative dates are told from it', async () => {
    const { analysis } = await analyze('--published', '2025-09-05');
    const [document] = analysis!.documents;
    expect(document!.published).toBe('2025-09-05');
    expect(document!.publishedSource).toBe('user');
    expect((document!.dates as Array<{ text: string; value: string }>).map((d) => [d.text, d.value])).toEqual([
      ['Thursday', '2025-09-04'],
      ['the next day', '2025-09-05'],
    ]);
  });

  it('leaves the date unknown without it', async () => {
    const { analysis } = await analyze();
    expect(analysis!.documents[0]!.published).toBeNull();
  });

  it.each(['2025-13-01', 'last Tuesday', '2025-02-30'])('refuses %s as a usage error', async (value) => {
    const { code, io } = await analyze('--published', value);
    expect(code).toBe(2);
    expect(io.stderr.join('\n')).toContain('--published');
  });
});
