import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '#test/helpers/documents.js';
import { analyzeCollection, collectionInputOf, type CollectionAnalysis } from '../pipeline/index.js';
import { SpilledAnalyses } from './spilled-analyses.js';
import { StringPool } from './string-pool.js';

const texts = [
  'Navy Seizes Fuel Tanker\n\nVERACRUZ — Mexican Navy Secretary Raymundo Morales said on Tuesday the navy seized 12 tonnes of fuel in Veracruz. “We will keep inspecting every tanker,” Morales said.',
  'Tanker Seized in Veracruz\n\nThe Mexican Navy seized 14 tonnes of fuel in Veracruz on Tuesday, Secretary Raymundo Morales said. The Center for Research and Teaching in Economics (CIDE) said the figure was “lower than last year”.',
  'Talks on Security Continue\n\nU.S. Secretary of State Marco Rubio met Mexican Foreign Minister Juan Ramón de la Fuente in Mexico City on Thursday to discuss cooperation.',
];

describe('SpilledAnalyses', () => {
  it('reads back every analysis as it was added, in order, and its text by id', () => {
    const analyses = texts.map((text) => analyzeText(text));
    const spilled = new SpilledAnalyses();
    try {
      for (const analysis of analyses) spilled.add(structuredClone(analysis));
      expect(spilled.length).toBe(3);
      expect([...spilled]).toEqual(analyses);
      expect(spilled.at(1)).toEqual(analyses[1]);
      expect(spilled.textOf(analyses[2]!.document.id)).toBe(texts[2]);
      expect(spilled.textOf('no-such-document')).toBeUndefined();
    } finally {
      spilled.close();
    }
  });

  it('gives the collection stages what they read of each analysis, and the same results', () => {
    const analyses = texts.map((text) => analyzeText(text));
    const spilled = new SpilledAnalyses();
    try {
      for (const analysis of analyses) spilled.add(analysis);
      spilled.forCollection.forEach((view, i) => {
        const expected = collectionInputOf(analyses[i]!);
        expect(view.document.id).toBe(expected.document.id);
        expect(view.document.text).toBe(expected.document.text);
        expect(view.layers).toEqual(expected.layers);
      });
      const found = (collection: CollectionAnalysis) => ({
        entities: collection.resolution.entities,
        mentionEntities: [...collection.resolution.mentionEntities],
        findings: collection.findings,
        stories: collection.stories,
        copies: collection.copies,
      });
      const plain = found(analyzeCollection(analyses));
      expect(plain.entities.length).toBeGreaterThan(3);
      expect(plain.findings.length).toBeGreaterThan(0);
      expect(found(analyzeCollection(spilled.forCollection))).toEqual(plain);
    } finally {
      spilled.close();
    }
  });

  it('removes its file when closed, and refuses to read after', () => {
    const before = new Set(readdirSync(tmpdir()));
    const spilled = new SpilledAnalyses();
    spilled.add(analyzeText(texts[0]!));
    const made = readdirSync(tmpdir()).filter((name) => !before.has(name) && name.startsWith('puente-analyses-'));
    expect(made).toHaveLength(1);
    spilled.close();
    expect(existsSync(`${tmpdir()}/${made[0]}`)).toBe(false);
    expect(() => spilled.at(0)).toThrow(/read after close/);
  });
});

describe('StringPool', () => {
  it('keeps values equal and gives short strings one copy across values', () => {
    const pool = new StringPool();
    const a = pool.intern({ kind: 'person', names: ['Ana Ruiz'], nested: { role: 'director', n: 3, none: null } });
    const b = pool.intern(structuredClone(a));
    expect(b).toEqual({ kind: 'person', names: ['Ana Ruiz'], nested: { role: 'director', n: 3, none: null } });
    expect(pool.intern('x'.repeat(65))).toBe('x'.repeat(65));
  });
});
