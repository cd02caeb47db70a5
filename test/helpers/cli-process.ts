import { spawn } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rolldown } from 'rolldown';
import { repoRoot } from './shared.js';

/** What a finished `puente` process printed and returned. */
export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The CLI of the current sources bundled into one script, so tests can run it as real processes
 * (several writers on one store) without the minute-long `tsc` build. Rolldown is Vite's bundler,
 * installed with Vitest. Packages stay external and resolve through a link to node_modules.
 */
export async function bundleCli(): Promise<{
  script: string;
  run: (args: readonly string[], env?: NodeJS.ProcessEnv) => Promise<CliRun>;
  close: () => void;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'puente-cli-bundle-'));
  // Links to the package's manifest and assets, so the bundle finds its package root (web app, example) as the CLI does.
  for (const name of ['node_modules', 'package.json', 'web', 'example'])
    symlinkSync(realpathSync(join(repoRoot, name)), join(dir, name));
  const bundle = await rolldown({
    input: join(repoRoot, 'src/cli/main.ts'),
    platform: 'node',
    external: (id) => !id.startsWith('.') && !id.startsWith('/'),
    logLevel: 'silent',
  });
  await bundle.write({ file: join(dir, 'main.mjs'), format: 'esm' });
  await bundle.close();
  writeFileSync(
    join(dir, 'puente.mjs'),
    "import { main } from './main.mjs';\nprocess.exitCode = await main(process.argv.slice(2));\n",
  );
  const run = (args: readonly string[], env: NodeJS.ProcessEnv = {}) =>
    new Promise<CliRun>((resolve, reject) => {
      const child = spawn(process.execPath, [join(dir, 'puente.mjs'), ...args], {
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    });
  return { script: join(dir, 'puente.mjs'), run, close: () => rmSync(dir, { recursive: true, force: true }) };
}
