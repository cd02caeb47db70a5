import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../core/index.js';
import { findFigureConflicts } from './figure-conflicts.js';
import type { ComparedDocument } from './sources.js';

/** A document of one sentence per figure: "Police detained N people." with the figure on "N people". */
function documentOf(id: string, counts: ReadonlyArray<{ value: number; period?: string }>): ComparedDocument {
  let text = '';
  const figures: Figure[] = [];
  for (const { value, period } of counts) {
    const sentence = `${period ? `In ${period}, p` : 'P'}olice detained ${value} people.`;
    const start = text.length + sentence.indexOf(String(value));
    figures.push({
      start,
      end: start + `${value} people`.length,
      value,
      unit: 'people',
      per: null,
      measures: 'people',
      period: period ?? null,
      qualifier: null,
    });
    text += `${sentence}\n`;
  }
  return { id, text, title: id, events: [], commitments: [], quotes: [], figures };
}

const documentsOf = (documents: readonly ComparedDocument[]) =>
  findFigureConflicts(documents).map((finding) => finding.documents);

describe('figure conflicts between plain counts', () => {
  it('not-ok: two counts of one document never disagree with each other', () => {
    expect(documentsOf([documentOf('a', [{ value: 30 }, { value: 50 }]), documentOf('b', [])])).toEqual([]);
  });

  it('compares a count with every other document’s count of its measure, and names every document once', () => {
    const documents = [
      documentOf('a', [{ value: 30 }, { value: 50 }]),
      documentOf('b', [{ value: 30 }]),
      documentOf('c', [{ value: 31 }]),
    ];
    const [finding, ...others] = findFigureConflicts(documents);
    expect(others).toEqual([]);
    expect(finding!.documents).toEqual(['a', 'b', 'c']);
    // The first pair that disagrees, in order: a's 50 and b's 30.
    expect(finding!.detail).toContain('(40% apart)');
  });

  it('keeps counts of different years apart, and compares a count without a year with both', () => {
    const apart = [documentOf('a', [{ value: 30, period: '2024' }]), documentOf('b', [{ value: 90, period: '2025' }])];
    expect(documentsOf(apart)).toEqual([]);
    expect(documentsOf([...apart, documentOf('c', [{ value: 30 }])])).toEqual([['a', 'b', 'c']]);
  });

  it('gives the same findings whatever documents of one story come between (many documents, one group)', () => {
    const many = Array.from({ length: 300 }, (_, i) => documentOf(`d${i}`, [{ value: 30 }]));
    const documents = [...many, documentOf('late', [{ value: 60 }])];
    const findings = findFigureConflicts(documents);
    expect(findings.map((f) => f.documents.length)).toEqual([301]);
    expect(findings[0]!.detail).toContain('d0 gives “30 people”');
  });
});
