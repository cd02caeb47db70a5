import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stopwords } from '../src/lexicons/index.js';
import { analyzeDocument, isFailedAnalysis, type StandardAnalysis } from '../src/pipeline/index.js';
import { pastedDocument } from '../src/services/pasted-document.js';
import {
  countTerms,
  foldedText,
  namesParty,
  passageAt,
  passageCount,
  passagesOf,
  type Passage,
} from '../src/services/proposal-passages.js';
import { termsOf } from '../src/text/terms.js';
import { repoRoot } from './helpers/shared.js';

async function analysisOf(name: string): Promise<StandardAnalysis> {
  const text = readFileSync(join(repoRoot, 'example', 'documents', name), 'utf8');
  const analysis = analyzeDocument(await pastedDocument({ text, name, format: 'text' }));
  if (isFailedAnalysis(analysis)) throw new Error(`${name}: ${analysis.failure.reason}`);
  return analysis;
}

/** Each passage's terms with their counts, read back from the compact set, in order of first use. */
function countsOf(analysis: StandardAnalysis): Array<Array<[string, number]>> {
  const set = passagesOf(analysis);
  return Array.from({ length: passageCount(set) }, (_, p) => {
    const counts: Array<[string, number]> = [];
    for (let k = set.firstTerm[p]!; k < set.firstTerm[p + 1]!; k++)
      counts.push([set.terms[set.termIds[k]!]!, set.termCounts[k]!]);
    return counts;
  });
}

function passage(text: string): Passage {
  return { documentId: 'd', start: 0, end: text.length, text, kind: 'sentence' };
}

describe('proposal passages', () => {
  it('folds a passage once, with single spaces around every word', () => {
    const sentence = passage('México  y los EE.UU., en “Washington”.');
    expect(foldedText(sentence)).toBe(' méxico y los ee.uu. en washington . ');
    expect(foldedText(sentence)).toBe(foldedText(sentence));
  });

  it('tells which parties a passage names by whole words, in either language', () => {
    const english = passage('The U.S. Treasury and Mexican prosecutors met.');
    expect(namesParty(english, 'USA')).toBe(true);
    expect(namesParty(english, 'MEX')).toBe(true);
    const spanish = passage('La Casa Blanca pidió a Sheinbaum más detenciones.');
    expect(namesParty(spanish, 'USA')).toBe(true);
    expect(namesParty(spanish, 'MEX')).toBe(true);
    // "usurp" and "eurozone" hold "us" and "eu" inside a word, which is not naming a party.
    const neither = passage('Officials warned against attempts to usurp the eurozone budget.');
    expect(namesParty(neither, 'USA')).toBe(false);
    expect(namesParty(neither, 'MEX')).toBe(false);
    expect(namesParty(neither, 'XXX')).toBe(false);
  });

  it('keeps each body sentence with its terms counted, and no headline or furniture', async () => {
    for (const name of ['01-rubio-sheinbaum-meeting.txt', '05-huachicol-y-armas.txt']) {
      const analysis = await analysisOf(name);
      const set = { ...passagesOf(analysis), text: analysis.document.text };
      const { clean, sentences } = analysis.layers;
      const title = clean.title?.span;
      const body = sentences.filter((sentence) => !title || sentence.end <= title.start || sentence.start >= title.end);
      expect(passageCount(set)).toBe(body.length);
      expect(passageCount(set)).toBeGreaterThan(3);
      const counts = countsOf(analysis);
      for (const [p, sentence] of body.entries()) {
        const passage = passageAt(set, p);
        expect([passage.start, passage.end]).toEqual([sentence.start, sentence.end]);
        expect(passage.text).toBe(analysis.document.text.slice(sentence.start, sentence.end));
        expect(passage.documentId).toBe(analysis.document.id);
        // The same counts, in the same order, as counting the sentence's terms in a map.
        const terms = termsOf(passage.text, stopwords);
        const expected = new Map<string, number>();
        for (const term of terms) expected.set(term, (expected.get(term) ?? 0) + 1);
        expect(counts[p]).toEqual([...expected]);
        expect(set.lengths[p]).toBe(terms.length);
      }
    }
  });

  it('names the kind of what a passage holds', async () => {
    const analysis = await analysisOf('01-rubio-sheinbaum-meeting.txt');
    const set = { ...passagesOf(analysis), text: analysis.document.text };
    const kinds = Array.from({ length: passageCount(set) }, (_, p) => passageAt(set, p).kind);
    const quote = analysis.layers.quotes[0]!;
    const holding = kinds.findIndex((_, p) => set.starts[p]! <= quote.start && quote.start < set.ends[p]!);
    expect(['quote', 'event', 'commitment']).toContain(kinds[holding]);
    expect(new Set(kinds).size).toBeGreaterThan(1);
  });

  it('counts how many passages hold each term, over several documents', async () => {
    const analyses = await Promise.all(
      ['01-rubio-sheinbaum-meeting.txt', '02-reunion-palacio-nacional.txt'].map((name) => analysisOf(name)),
    );
    const counts = countTerms(2, analyses.map(passagesOf));
    const expected = new Map<string, number>();
    let passages = 0;
    let terms = 0;
    for (const analysis of analyses)
      for (const passage of countsOf(analysis)) {
        passages++;
        for (const [term, n] of passage) {
          expected.set(term, (expected.get(term) ?? 0) + 1);
          terms += n;
        }
      }
    expect(counts.documents).toBe(2);
    expect(counts.passages).toBe(passages);
    expect(counts.terms).toBe(terms);
    expect([...counts.frequencies]).toEqual([...expected]);
  });
});
