/**
 * Keeps PIPELINE_VERSION honest (see src/pipeline/version.ts): stored analyses are re-analysed only
 * when the version changes, so a change to what the document stages produce must bump it. This
 * analyses the bundled and fixture documents and compares a fingerprint of their layers and
 * messages with the one recorded for the current version in test/fixtures/pipeline-version.json.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, isFailedAnalysis, PIPELINE_VERSION } from '../src/pipeline/index.js';
import { loadDocument } from '../src/services/load-document.js';
import { repoRoot } from './helpers/shared.js';

const recordFile = join(repoRoot, 'test', 'fixtures', 'pipeline-version.json');

function documentPaths(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return documentPaths(path);
      return /\.(txt|md|html?)$/.test(name) ? [path] : [];
    });
}

describe('the pipeline version', () => {
  it('changes whenever the layers of the fixture documents change', async () => {
    const paths = [
      ...documentPaths(join(repoRoot, 'example', 'documents')),
      ...documentPaths(join(repoRoot, 'test', 'fixtures')),
    ];
    const hash = createHash('sha256');
    for (const path of paths) {
      const result = analyzeDocument((await loadDocument(path)).document);
      const output = isFailedAnalysis(result)
        ? { failure: result.failure }
        : { layers: result.layers, messages: result.messages };
      hash.update(`${relative(repoRoot, path)}\n${JSON.stringify(output)}\n`);
    }
    const measured = { version: PIPELINE_VERSION, fingerprint: hash.digest('hex'), documents: paths.length };
    const recorded = JSON.parse(readFileSync(recordFile, 'utf8')) as typeof measured;
    if (process.env.PUENTE_UPDATE_FIXTURES === '1' && recorded.fingerprint !== measured.fingerprint) {
      // Recording a new fingerprint under the old version would hide exactly what this test guards.
      expect(
        measured.version,
        'the layers changed: bump PIPELINE_REVISION in src/pipeline/version.ts before recording',
      ).not.toBe(recorded.version);
      writeFileSync(recordFile, `${JSON.stringify(measured, null, 2)}\n`);
      return;
    }
    if (recorded.fingerprint !== measured.fingerprint) {
      expect.fail(
        measured.version === recorded.version
          ? `The document stages now produce other layers for the fixture documents, but PIPELINE_VERSION is still ${measured.version}: bump PIPELINE_REVISION in src/pipeline/version.ts (stored analyses are then re-analysed in the background), and record the new fingerprint with PUENTE_UPDATE_FIXTURES=1 npx vitest run test/pipeline-version.test.ts`
          : `PIPELINE_VERSION is now ${measured.version}: record its fingerprint with PUENTE_UPDATE_FIXTURES=1 npx vitest run test/pipeline-version.test.ts`,
      );
    }
    expect(measured).toEqual(recorded);
  });
});
