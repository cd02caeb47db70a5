/**
 * A folder that cannot be listed is named on stderr and skipped; the files beside it are read. Run
 * as a real process under an unprivileged user (as root, permissions do not stop a read).
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goodArticle } from './helpers/bad-inputs.js';
import { bundleCli } from './helpers/cli-process.js';

let dir: string;
let cli: Awaited<ReturnType<typeof bundleCli>>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'puente-unreadable-'));
  mkdirSync(join(dir, 'closed'));
  mkdirSync(join(dir, 'open'));
  writeFileSync(join(dir, 'closed', 'hidden.txt'), goodArticle);
  writeFileSync(join(dir, 'open', 'second.txt'), goodArticle.replace('six', 'seven'));
  writeFileSync(join(dir, 'first.txt'), goodArticle);
  for (const path of [dir, join(dir, 'open')]) chmodSync(path, 0o755);
  for (const path of [join(dir, 'first.txt'), join(dir, 'open', 'second.txt')]) chmodSync(path, 0o644);
  chmodSync(join(dir, 'closed'), 0o000);
  cli = await bundleCli();
  chmodSync(join(cli.script, '..'), 0o755);
}, 120_000);
afterAll(() => {
  chmodSync(join(dir, 'closed'), 0o755);
  rmSync(dir, { recursive: true, force: true });
  cli.close();
});

describe('an unreadable folder among the inputs', () => {
  it('is named and skipped, and the other files are analysed (exit 1)', async () => {
    // As root the folder could be read: run as the unprivileged "nobody" then.
    const asNobody = process.getuid?.() === 0;
    const args = ['analyze', dir, '--format', 'json'];
    const run = asNobody
      ? await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
          import('node:child_process').then(({ spawn }) => {
            const child = spawn(
              'setpriv',
              ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, cli.script, ...args],
              { stdio: ['ignore', 'pipe', 'pipe'], cwd: dir },
            );
            let stdout = '';
            let stderr = '';
            child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString()));
            child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
            child.on('error', reject);
            child.on('close', (code) => resolve({ code, stdout, stderr }));
          }, reject);
        })
      : await cli.run(args);
    expect(run.stderr.trim().split('\n')).toEqual([
      `${join(dir, 'closed')}: is a folder that cannot be read (permission denied)`,
    ]);
    expect(run.code).toBe(1);
    const analysis = JSON.parse(run.stdout) as { documents: Array<{ source: { name: string } }> };
    expect(analysis.documents.map((d) => d.source.name).sort()).toEqual(['first.txt', 'second.txt']);
  });
});
