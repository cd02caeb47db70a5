#!/usr/bin/env node
// Builds what changed since the last build: the server (src/, bench/ → dist/) and the web app
// (web/src/ → web/public/js/) are compiled separately, each only when one of its inputs was added,
// removed or changed, and the build says which it builds and why. `--force` builds both.
// A stamp beside each output records the inputs' sizes and times as of the last good build.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const force = process.argv.includes('--force');

const projects = [
  {
    name: 'the server and command line',
    tsconfig: 'tsconfig.build.json',
    inputs: ['src', 'bench', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'],
    stamp: 'dist/.build-stamp.json',
  },
  // The web app takes its types from the API contract (src/core/api), a project it references: built with -b.
  {
    name: 'the web app',
    tsconfig: 'web/tsconfig.json',
    build: true,
    inputs: [
      'web/src',
      'web/tsconfig.json',
      'src/core/api',
      'src/core/tracking.ts',
      'src/core/vocabulary.ts',
      'package-lock.json',
    ],
    stamp: 'web/public/js/.build-stamp.json',
  },
];

/** Every file under the inputs (tests excluded: they are not built), with its size and time. */
function snapshot(inputs) {
  const files = {};
  const walk = (path) => {
    if (!existsSync(path)) return;
    const info = statSync(path);
    if (info.isDirectory()) {
      for (const name of readdirSync(path).sort()) walk(join(path, name));
    } else if (!/\.test\.ts$/.test(path)) {
      files[relative(root, path)] = `${info.size}:${Math.trunc(info.mtimeMs)}`;
    }
  };
  for (const input of inputs) walk(join(root, input));
  return files;
}

/** What differs from the last build, in a few words; null when nothing does. */
function changes(before, now) {
  if (!before) return 'no earlier build';
  const changed = Object.keys(now).filter((file) => before[file] !== now[file]);
  const removed = Object.keys(before).filter((file) => !(file in now));
  if (!changed.length && !removed.length) return null;
  const names = [...changed, ...removed];
  const shown = names.slice(0, 3).join(', ') + (names.length > 3 ? ` and ${names.length - 3} more` : '');
  return `${names.length} file${names.length === 1 ? '' : 's'} changed: ${shown}`;
}

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc', { paths: [root] });
let failed = false;
for (const project of projects) {
  const stampPath = join(root, project.stamp);
  const now = snapshot(project.inputs);
  let before = null;
  try {
    before = JSON.parse(readFileSync(stampPath, 'utf8')).files;
  } catch {
    /* no stamp: build */
  }
  const why = force ? 'asked to build everything' : changes(before, now);
  if (!why) {
    console.log(`Up to date: ${project.name}.`);
    continue;
  }
  console.log(`Building ${project.name} (${why})…`);
  const started = Date.now();
  const mode = project.build ? '-b' : '-p';
  const run = spawnSync(process.execPath, [tsc, mode, project.tsconfig], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`Building ${project.name} failed (tsc ${mode} ${project.tsconfig}); the errors are above.`);
    failed = true;
    continue;
  }
  mkdirSync(dirname(stampPath), { recursive: true });
  writeFileSync(stampPath, `${JSON.stringify({ files: now }, null, 1)}\n`);
  console.log(`Built ${project.name} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
process.exitCode = failed ? 1 : 0;
