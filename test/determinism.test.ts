/**
 * The same input gives the same output, byte for byte — also after other documents have gone
 * through the pipeline, whose caches (word lists, folded names, day numbers) must not leak into it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { captureIo } from './helpers/capture-io.js';
import { repoRoot } from './helpers/shared.js';

const fixtures = join(repoRoot, 'test', 'fixtures');

async function analyze(...paths: string[]): Promise<string> {
  const io = captureIo();
  expect(await main(['analyze', ...paths, '--format', 'json'], io)).toBe(0);
  return io.stdout.join('\n');
}

describe('determinism', () => {
  it('prints the same analysis twice, and again after other documents went through', async () => {
    const english = join(fixtures, 'reference', 'en');
    const first = await analyze(english);
    expect(first.length).toBeGreaterThan(10_000);
    expect(await analyze(english)).toBe(first);
    await analyze(join(fixtures, 'reference', 'es'), join(fixtures, 'compare'));
    expect(await analyze(english)).toBe(first);
  });
});
