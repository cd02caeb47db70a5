// `npm start` builds only what changed: bin/build.js compares each part's inputs with the stamp of
// its last build. After `npm run build` (as `npm test` runs first) the first run below builds nothing;
// after an edit it builds that part, and the second run must then find everything current.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/shared.js';

describe('bin/build.js', () => {
  it.skipIf(!existsSync(join(repoRoot, 'dist', '.build-stamp.json')))(
    'says both parts are up to date right after a build, and compiles nothing',
    () => {
      const build = () =>
        execFileSync(process.execPath, [join(repoRoot, 'bin', 'build.js')], { cwd: repoRoot, encoding: 'utf8' });
      const first = build();
      for (const line of first.trim().split('\n'))
        expect(line).toMatch(
          /^(Up to date: .+\.|Building .+ \((no earlier build|\d+ files? changed: .+)\)…|Built .+ in \d+\.\d s\.)$/,
        );
      expect(build()).toBe('Up to date: the server and command line.\nUp to date: the web app.\n');
    },
    240_000,
  );
});
