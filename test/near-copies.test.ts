/**
 * Copies of one story, measured on documents we wrote: every fixture article made into copies (other
 * furniture, lightly edited, cut short) must be found, and no two different articles — among them
 * the compare sets, independent reports of one event that share most of their names and words —
 * may be taken for copies. The README gives the rates this test measures.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { ContractAnalysis } from '../src/export/contract-json.js';
import { captureIo } from './helpers/capture-io.js';
import {
  EXACT_PAIRS_UP_TO,
  findCopyGroups,
  isCopy,
  likenessOf,
  MIN_SHINGLES,
  shinglesOf,
} from '../src/text/near-copies.js';
import { repoRoot } from './helpers/shared.js';

const fixtures = join(repoRoot, 'test', 'fixtures');
const folders = [
  'reference/en',
  'reference/es',
  'heldout',
  ...readdirSync(join(fixtures, 'compare'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `compare/${d.name}`),
];
const articles = folders.flatMap((folder) =>
  readdirSync(join(fixtures, folder))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ id: `${folder}/${name}`, text: readFileSync(join(fixtures, folder, name), 'utf8') })),
);

/** The same story as another site runs it: its own menu, byline, title and closing prompts. */
function withOtherFurniture(text: string): string {
  const [title, ...rest] = text.split('\n\n');
  return [
    'Home | World | Business | Opinion',
    `${title} (updated)`,
    'By Staff Writers and Wire Services',
    ...rest,
    'Read more: the latest from the border',
    'Share this story',
  ].join('\n\n');
}

/** Lightly edited: one word in twenty replaced, one sentence of the middle dropped. */
function lightlyEdited(text: string): string {
  const sentences = text.split(/(?<=[.!?])\s+/);
  sentences.splice(sentences.length >> 1, 1);
  let n = 0;
  return sentences.join(' ').replace(/\p{L}+/gu, (word) => (++n % 20 === 0 ? 'reportedly' : word));
}

/** Cut short after a share of its words, as sites that run a wire story's first paragraphs do. */
function truncated(text: string, share: number): string {
  const words = text.split(/(\s+)/);
  return words.slice(0, Math.round(words.length * share)).join('');
}

describe('copies of one story', () => {
  const long = articles.filter((a) => shinglesOf(a.text).length >= 60);

  it('finds every copy with other furniture, lightly edited, or cut to 60 % and 40 %', () => {
    const missed: string[] = [];
    for (const article of long) {
      const original = shinglesOf(article.text);
      const variants = {
        furniture: withOtherFurniture(article.text),
        edited: lightlyEdited(article.text),
        'cut to 60%': truncated(article.text, 0.6),
        'cut to 40%': truncated(article.text, 0.4),
      };
      for (const [kind, text] of Object.entries(variants))
        if (!isCopy(original, shinglesOf(text)))
          missed.push(`${article.id} ${kind}: ${JSON.stringify(likenessOf(original, shinglesOf(text)))}`);
    }
    expect(long.length).toBeGreaterThan(30);
    expect(missed).toEqual([]);
  });

  it('takes no two different articles for copies, not even reports of one event', () => {
    const shingles = articles.map((a) => shinglesOf(a.text));
    const wrong: string[] = [];
    let closest = 0;
    for (let i = 0; i < articles.length; i++) {
      for (let j = i + 1; j < articles.length; j++) {
        const { containment } = likenessOf(shingles[i]!, shingles[j]!);
        closest = Math.max(closest, containment);
        if (isCopy(shingles[i]!, shingles[j]!)) wrong.push(`${articles[i]!.id} ~ ${articles[j]!.id}`);
      }
    }
    expect(wrong).toEqual([]);
    // Far under the threshold: the reports of one event share names, not runs of four words.
    expect(closest).toBeLessThan(0.25);
  });

  it('groups the copies among many documents, the fullest as the story, the same on every run', () => {
    const [a, b] = [long[0]!, long[1]!];
    const documents = [
      { id: 'a-cut', body: truncated(a.text, 0.5) },
      { id: 'b', body: b.text },
      { id: 'a', body: a.text },
      { id: 'a-edited', body: lightlyEdited(a.text) },
      ...articles.slice(2).map((article) => ({ id: article.id, body: article.text })),
    ];
    const groups = findCopyGroups(documents);
    expect(groups.map((g) => ({ story: g.story, copies: g.copies.map((c) => c.document).sort() }))).toEqual([
      { story: 'a', copies: ['a-cut', 'a-edited'] },
    ]);
    expect(findCopyGroups(documents)).toEqual(groups);
  });

  it(`checks every pair of a collection of up to ${EXACT_PAIRS_UP_TO} bodies: a story cut to a fifth is still found`, () => {
    // Cut to a fifth, a body shares about a fifth of the shingles of the whole (Jaccard 0.2): the
    // signatures' bands meet for such a pair only seven times in ten, an exact comparison always.
    const missed = long
      .map((article) => [article.id, truncated(article.text, 0.2)] as const)
      .filter(([, cut]) => shinglesOf(cut).length >= MIN_SHINGLES)
      .filter(([id, cut]) => {
        const text = long.find((article) => article.id === id)!.text;
        return (
          findCopyGroups([
            { id: 'whole', body: text },
            { id: 'cut', body: cut },
          ]).length !== 1
        );
      })
      .map(([id]) => id);
    expect(missed).toEqual([]);
  });

  it('not-ok: a short body is never a copy, however alike', () => {
    const short = 'Officials met on Monday in Monterrey to review the program.';
    expect(isCopy(shinglesOf(short), shinglesOf(short))).toBeNull();
  });
});

describe('analyze counts copies of one story once', () => {
  it('lists the copies under their story, and compares the story alone with the other reports', async () => {
    const set = join(fixtures, 'compare', 'seizure-lazaro');
    const dir = mkdtempSync(join(tmpdir(), 'puente-copies-'));
    try {
      for (const name of readdirSync(set).filter((n) => n.endsWith('.txt')))
        copyFileSync(join(set, name), join(dir, name));
      const wire = readFileSync(join(set, 'seizure-wire.txt'), 'utf8');
      writeFileSync(join(dir, 'z-copy-furniture.txt'), withOtherFurniture(wire));
      writeFileSync(join(dir, 'z-copy-cut.txt'), truncated(wire, 0.5));
      const io = captureIo();
      expect(await main(['analyze', dir, '--format', 'json'], io)).toBe(0);
      const analysis = JSON.parse(io.stdout.join('\n')) as ContractAnalysis;
      const path = new Map(analysis.documents.map((d) => [d.id, d.source.path!.slice(dir.length + 1)]));
      expect(analysis.copies.map((g) => [path.get(g.story), g.copies.map((c) => path.get(c.document)).sort()])).toEqual(
        [['z-copy-furniture.txt', ['seizure-wire.txt', 'z-copy-cut.txt']]],
      );
      const copies = new Set(analysis.copies.flatMap((g) => g.copies.map((c) => c.document)));
      const reported = new Set([
        ...analysis.stories.flatMap((story) => story.documents),
        ...analysis.findings.flatMap((f) => f.documents),
      ]);
      expect([...reported].filter((id) => copies.has(id))).toEqual([]);
      expect(analysis.stories.some((story) => story.documents.length >= 2)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
