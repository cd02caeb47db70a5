/**
 * sentences on long paragraphs: one given to the segmenter a window at a time is split where it
 * would be split whole, and a run with no sentence end is cut at spaces into pieces of at most
 * MAX_SENTENCE characters.
 *
 * ok:     30,000 characters of short sentences → each sentence alone, none joined across a window
 * not-ok: 5,000 characters with no period → never one 5,000-character sentence
 */
import { describe, expect, it } from 'vitest';
import { runText } from '../../../test/helpers/documents.js';
import { createPipeline } from '../create-pipeline.js';
import { clean } from './clean/index.js';
import { MAX_SENTENCE, sentences } from './sentences.js';

const pipeline = createPipeline([clean, sentences]);

function sentencesOf(text: string): string[] {
  const { layers } = runText(pipeline, text, { published: '2025-09-05' });
  return layers.sentences.map((s) => text.slice(s.start, s.end));
}

describe('sentences of long paragraphs', () => {
  it('splits a paragraph longer than a window where it splits it whole, abbreviations included', () => {
    const sentence = (i: number) => `Gen. Ruiz met the U.S. envoy in Monterrey on day ${i}, officials said.`;
    const paragraph = Array.from({ length: 500 }, (_, i) => sentence(i)).join(' ');
    expect(paragraph.length).toBeGreaterThan(30_000);
    const found = sentencesOf(`Talks Resume\n\n${paragraph}\n`);
    expect(found.slice(1)).toEqual(Array.from({ length: 500 }, (_, i) => sentence(i)));
  });

  it('cuts a run with no sentence end at spaces, into pieces no longer than the limit, losing no word', () => {
    const words = Array.from({ length: 900 }, (_, i) => `word${i}`);
    const found = sentencesOf(`Talks Resume\n\n${words.join(' ')}\n`).slice(1);
    expect(found.length).toBeGreaterThan(3);
    for (const piece of found) expect(piece.length).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(found.join(' ').split(' ')).toEqual(words);
  });
});

describe('sentences glued together', () => {
  it('splits where scraping lost the space after a period, but not after an abbreviation, an acronym or in an address', () => {
    const found = sentencesOf(
      'Talks Resume\n\nThe ministry offered a reward for each of them.Treasury officials said the fund would grow. ' +
        'Shares of Acme Inc.Holdings rose. The U.S.Treasury list is long. Write to press@example.Org today. ' +
        'El secretario habló de los aceites.García Harfuch recordó que hubo un operativo.\n',
    );
    expect(found.slice(1)).toEqual([
      'The ministry offered a reward for each of them.',
      'Treasury officials said the fund would grow.',
      'Shares of Acme Inc.Holdings rose.',
      'The U.S.Treasury list is long.',
      'Write to press@example.Org today.',
      'El secretario habló de los aceites.',
      'García Harfuch recordó que hubo un operativo.',
    ]);
  });
});
