import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repo root. */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** ../shared beside the repo: the seeds, the reference annotations, the contract and the scorer. */
export const sharedDir = join(repoRoot, '..', 'shared');

/** Whether ../shared is there; tests that need it say so when it is not. */
export const hasShared = existsSync(join(sharedDir, 'contract', 'analysis.schema.json'));

/** The two seed documents' paths. */
export const seedPaths = ['000_24892d194f6d7f7f.txt', '001_7e559259dbded6ce.txt'].map((name) =>
  join(sharedDir, 'seeds', name),
);
