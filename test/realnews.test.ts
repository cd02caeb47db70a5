/**
 * Real reporting: the 42 real excerpts of ../shared/realnews, whose texts are rebuilt outside the
 * repo (its README says how) into the folder named by PUENTE_REALNEWS, or ~/.cache/puente/realnews.
 * The texts belong to their publishers and are never stored here; without an exact copy the test
 * skips and says so. Floors are per language and sit a little under what we measured, so a change
 * that loses generality on reporting nobody here wrote fails.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { captureIo } from './helpers/capture-io.js';
import { hasShared, sharedDir } from './helpers/shared.js';

type Summary = Record<string, { accuracy?: number; f1?: number }>;

const textsDir = process.env.PUENTE_REALNEWS ?? join(homedir(), '.cache', 'puente', 'realnews');
const tool = join(sharedDir, 'tools', 'realnews.mjs');

/** Whether every text is present and exact; the reason when not. */
function textsMissing(): string | null {
  if (!hasShared || !existsSync(tool)) return 'no ../shared/tools/realnews.mjs beside the repo';
  if (!existsSync(textsDir))
    return `no real-news texts in ${textsDir} (set PUENTE_REALNEWS; ../shared/realnews/README.md says how to rebuild them)`;
  try {
    execFileSync(process.execPath, [tool, 'check', textsDir], { encoding: 'utf8' });
    return null;
  } catch (error) {
    const output = String((error as { stdout?: unknown }).stdout ?? '')
      .trim()
      .split('\n')
      .at(-1);
    return `the real-news texts in ${textsDir} are incomplete or differ (${output})`;
  }
}

/** Floors per language: a little under the scores measured when they were set. */
const floors: Record<'en' | 'es', Record<string, number>> = {
  en: {
    people: 0.97,
    organizations: 0.94,
    'quotes.direct': 0.95,
    'quotes.indirect': 0.9,
    'quotes.speaker': 0.93,
    figures: 0.97,
    'figures.unit': 0.95,
    published: 0.94,
    dates: 0.94,
    'events.found': 0.7,
    'events.actors': 0.9,
    'commitments.found': 0.92,
  },
  es: {
    people: 0.98,
    organizations: 0.95,
    'quotes.direct': 0.89,
    'quotes.indirect': 0.82,
    'quotes.speaker': 0.88,
    figures: 0.96,
    'figures.unit': 0.95,
    published: 0.7,
    dates: 0.97,
    'events.found': 0.76,
    'events.actors': 0.9,
    'commitments.found': 0.91,
  },
};

/**
 * The same excerpts as intake from the web meets them: each text with the address of its page, which
 * often carries the day ("/2025/02/03/"). Only the address is taken from the index, never its date.
 */
const floorsWithAddresses: Record<'en' | 'es', Record<string, number>> = {
  en: { published: 0.97, dates: 0.97 },
  es: { published: 0.97, dates: 0.97 },
};

/** A manifest naming each text's file and its page's URL, in a temporary folder. */
function manifestWithAddresses(): string {
  const rows: string[] = [];
  for (const language of ['en', 'es'] as const) {
    const index = readFileSync(join(sharedDir, 'realnews', language, 'index.jsonl'), 'utf8');
    for (const line of index.split('\n').filter((l) => l.trim())) {
      const { id, url } = JSON.parse(line) as { id: string; url: string };
      rows.push(JSON.stringify({ url, path: join(textsDir, `${id}.txt`) }));
    }
  }
  const file = join(mkdtempSync(join(tmpdir(), 'puente-realnews-')), 'pages.jsonl');
  writeFileSync(file, rows.join('\n') + '\n');
  return file;
}

const missing = textsMissing();
if (missing) console.warn(`realnews.test: skipped: ${missing}`);

describe.skipIf(missing !== null)('real reporting (../shared/realnews)', () => {
  const analyses = new Map<string, string>();
  async function analysis(input: string): Promise<string> {
    const done = analyses.get(input);
    if (done) return done;
    const io = captureIo();
    expect(await main(['analyze', input, '--format', 'json'], io)).toBe(0);
    const file = join(mkdtempSync(join(tmpdir(), 'puente-realnews-')), 'analysis.json');
    writeFileSync(file, io.stdout.join('\n'));
    analyses.set(input, file);
    return file;
  }

  /** The measures below their floors, with every measure's score in the message. */
  function belowFloors(analysisFile: string, language: 'en' | 'es', floorsOf: Record<string, number>) {
    const output = execFileSync(process.execPath, [tool, 'score', analysisFile, '--lang', language, '--json'], {
      encoding: 'utf8',
    });
    const summary = (JSON.parse(output) as { summary: Summary }).summary;
    const results = Object.entries(floorsOf).map(([measure, floor]) => {
      const got = Number((summary[measure]?.f1 ?? summary[measure]?.accuracy ?? 0).toFixed(3));
      return { measure, floor, got };
    });
    return { below: results.filter((r) => r.got < r.floor), all: JSON.stringify(results) };
  }

  for (const language of ['en', 'es'] as const) {
    it(`keeps the floors on the ${language} excerpts`, async () => {
      const { below, all } = belowFloors(await analysis(textsDir), language, floors[language]);
      expect(below, all).toEqual([]);
    });

    it(`dates the ${language} excerpts from their pages' addresses where the text does not`, async () => {
      const { below, all } = belowFloors(
        await analysis(manifestWithAddresses()),
        language,
        floorsWithAddresses[language],
      );
      expect(below, all).toEqual([]);
    });
  }
});
