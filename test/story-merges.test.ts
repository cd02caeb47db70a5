/**
 * How well stories join the reports of one event across documents, against hand-made annotations
 * of which sentences of which documents tell one event (`stories.json` in each multi-document set,
 * and `fixtures/example-stories.json` for the bundled example). Measured on pairs of sentences from
 * different documents: a wrong merge is a pair we join that no annotated story holds; a missed
 * merge is an annotated pair, both of whose sentences hold an event of ours, that we keep apart.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { captureIo } from './helpers/capture-io.js';
import { repoRoot } from './helpers/shared.js';

interface Annotation {
  stories: Array<{ reports: Array<{ file: string; sentence: string }> }>;
}
interface Contract {
  documents: Array<{
    id: string;
    text: string;
    source: { path?: string };
    events: Array<{ start: number; end: number }>;
  }>;
  stories: Array<{ reports: Array<{ document: string; start: number; end: number }> }>;
}

const fixtures = join(repoRoot, 'test', 'fixtures');
const sets = [
  ...readdirSync(join(fixtures, 'compare'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => ({
      name: e.name,
      documents: [join(fixtures, 'compare', e.name)],
      annotation: join(fixtures, 'compare', e.name, 'stories.json'),
    })),
  {
    name: 'bundled example',
    documents: [join(repoRoot, 'example', 'documents')],
    annotation: join(fixtures, 'example-stories.json'),
  },
];

const fold = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

async function measure(set: (typeof sets)[number]) {
  const io = captureIo();
  expect(await main(['analyze', ...set.documents, '--format', 'json'], io)).toBe(0);
  const analysis = JSON.parse(io.stdout.join('\n')) as Contract;
  const annotation = JSON.parse(readFileSync(set.annotation, 'utf8')) as Annotation;
  const fileOf = new Map(analysis.documents.map((d) => [d.id, (d.source.path ?? d.id).split('/').pop()!]));
  // A sentence is named by its file and where the annotated opening words start in it.
  const sentenceAt = (file: string, opening: string): string | null => {
    const document = analysis.documents.find((d) => fileOf.get(d.id) === file);
    const at = document ? fold(document.text).indexOf(fold(opening)) : -1;
    return document && at >= 0 ? `${file}@${fold(opening)}` : null;
  };
  // Our events, each named by the annotated sentence it starts at (when there is one).
  const keyOfEvent = new Map<string, string>();
  for (const story of annotation.stories)
    for (const report of story.reports) {
      const document = analysis.documents.find((d) => fileOf.get(d.id) === report.file);
      if (!document) continue;
      for (const event of document.events) {
        const sentence = fold(document.text.slice(event.start, event.end));
        if (sentence.includes(fold(report.sentence)))
          keyOfEvent.set(`${document.id}:${event.start}`, sentenceAt(report.file, report.sentence)!);
      }
    }
  const found = new Set(keyOfEvent.values());
  const gold = new Set<string>();
  for (const story of annotation.stories) {
    const keys = story.reports.map((r) => sentenceAt(r.file, r.sentence)).filter((k): k is string => k !== null);
    for (const a of keys) for (const b of keys) if (a.split('@')[0] !== b.split('@')[0]) gold.add(pairKey(a, b));
  }
  const ours = new Set<string>();
  for (const story of analysis.stories) {
    const keys = story.reports.map(
      (r) => keyOfEvent.get(`${r.document}:${r.start}`) ?? `${fileOf.get(r.document)}#${r.start}`,
    );
    for (const a of keys) for (const b of keys) if (a.split(/[@#]/)[0] !== b.split(/[@#]/)[0]) ours.add(pairKey(a, b));
  }
  const wrong = [...ours].filter((p) => !gold.has(p)).length;
  const reachable = [...gold].filter((p) => p.split('|').every((k) => found.has(k)));
  const missed = reachable.filter((p) => !ours.has(p)).length;
  return { set: set.name, ours: ours.size, wrong, gold: gold.size, reachable: reachable.length, missed };
}

describe('stories against annotated merges', () => {
  it('keeps wrong and missed merges under their ceilings on every multi-document set', async () => {
    const results = [];
    for (const set of sets) results.push(await measure(set));
    const total = results.reduce(
      (t, r) => ({
        ours: t.ours + r.ours,
        wrong: t.wrong + r.wrong,
        reachable: t.reachable + r.reachable,
        missed: t.missed + r.missed,
        gold: t.gold + r.gold,
      }),
      { ours: 0, wrong: 0, reachable: 0, missed: 0, gold: 0 },
    );
    const rates = {
      wrongMerges: total.wrong / Math.max(1, total.ours),
      missedMerges: total.missed / Math.max(1, total.reachable),
    };
    console.info(`story merges: ${JSON.stringify(results)}\nrates: ${JSON.stringify(rates)}`);
    expect(total.gold).toBeGreaterThan(50);
    // Measured 0.456 wrong and 0.640 missed (was 0.44 and 0.70 before the events stage dated more reports).
    expect(rates.wrongMerges).toBeLessThanOrEqual(0.46);
    expect(rates.missedMerges).toBeLessThanOrEqual(0.7);
  });
});
