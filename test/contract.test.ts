import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { ContractAnalysis } from '../src/export/contract-json.js';
import { captureIo } from './helpers/capture-io.js';
import { hasShared, repoRoot, seedPaths, sharedDir } from './helpers/shared.js';

async function analyzeJson(paths: readonly string[]): Promise<ContractAnalysis> {
  const io = captureIo();
  const code = await main(['analyze', ...paths, '--format', 'json'], io);
  // The fixture folders keep their annotations (.json) beside the texts: those are named as skipped, nothing else.
  expect(io.stderr.filter((line) => !/: skipped: |^skipped \d+ files? /.test(line))).toEqual([]);
  expect(code).toBe(0);
  return JSON.parse(io.stdout.join('\n')) as ContractAnalysis;
}

/** Every object with numeric start/end and a text must describe its own slice of the document text. */
function collectSpans(value: unknown, out: Array<{ start: number; end: number; text: string }> = []) {
  if (Array.isArray(value)) value.forEach((item) => collectSpans(item, out));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.start === 'number' && typeof record.end === 'number' && typeof record.text === 'string')
      out.push(record as never);
    for (const [key, child] of Object.entries(record)) if (key !== 'text') collectSpans(child, out);
  }
  return out;
}

describe.skipIf(!hasShared)('the analysis contract', () => {
  // skipIf still runs this body to collect the tests, so read the schema only when it is there.
  const schema = hasShared ? JSON.parse(readFileSync(join(sharedDir, 'contract', 'analysis.schema.json'), 'utf8')) : {};
  const validate = new Ajv2020.default({ allErrors: true, strict: false }).compile(schema);
  // Fixture folders arrive issue by issue; the ones present must all validate.
  const fixtures = ['furniture', 'reference']
    .map((name) => join(repoRoot, 'test', 'fixtures', name))
    .filter((dir) => existsSync(dir));

  const cases: Array<[string, readonly string[]]> = [['the seeds', seedPaths]];
  if (fixtures.length) cases.push(['our fixtures', fixtures]);
  it.each(cases)('validates on %s, with every span indexing into its text', async (_, paths) => {
    const analysis = await analyzeJson(paths);
    expect(analysis.documents.length).toBeGreaterThan(1);
    expect(validate(analysis), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    for (const document of analysis.documents) {
      const { mentions, quotes, figures, dates, events, commitments, chrome, headings } = document;
      const spans = collectSpans({ mentions, quotes, figures, dates, events, commitments, chrome, headings });
      for (const span of spans) expect(document.text.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it('prints the same bytes on every run', async () => {
    const runs = await Promise.all(
      [1, 2].map(async () => {
        const io = captureIo();
        await main(['analyze', ...seedPaths, '--format', 'json'], io);
        return io.stdout.join('\n');
      }),
    );
    expect(runs[0]).toBe(runs[1]);
  });
});
