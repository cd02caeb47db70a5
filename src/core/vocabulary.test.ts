import { describe, expect, it } from 'vitest';
import { implementationStatuses } from './tracking.js';
import { counted, findingKindLabel, languages, statusLabel, statusWords, vocabularies } from './vocabulary.js';

describe('the shared vocabulary', () => {
  it('names every status in every language, in words and never by its code', () => {
    for (const language of languages) {
      const labels = implementationStatuses.map((status) => statusLabel(status, language));
      expect(new Set(labels).size, language).toBe(implementationStatuses.length);
      for (const label of labels) expect(label, language).not.toMatch(/_/);
    }
    expect(statusLabel('not_started')).toBe('Not started');
    expect(statusWords('no_evidence')).toBe('no evidence');
    expect(statusLabel('not_started', 'es')).toBe('Sin iniciar');
  });

  it('calls a party without an assessment "not assessed", which is no status of the scale', () => {
    expect(statusLabel(null)).toBe('Not assessed');
    expect(statusWords(undefined)).toBe('not assessed');
    expect(statusLabel(null, 'es')).toBe('Sin evaluar');
    expect(implementationStatuses.map((s) => statusLabel(s))).not.toContain('Not assessed');
  });

  it('counts in the singular for one and the plural otherwise', () => {
    expect(counted(1, 'mention')).toBe('1 mention');
    expect(counted(0, 'mention')).toBe('0 mentions');
    expect(counted(2, 'mention', 'es')).toBe('2 menciones');
    expect(counted(1, 'entity', 'es')).toBe('1 entidad');
  });

  it('words finding kinds, and spells out a kind it does not know', () => {
    expect(findingKindLabel('figure_conflict')).toBe('Figures disagree');
    expect(findingKindLabel('figure_conflict', 'es')).toBe('Las cifras no coinciden');
    expect(findingKindLabel('name_variant')).toBe('Name variant');
  });

  it('has the same entries in each language', () => {
    const shape = (language: (typeof languages)[number]) => {
      const v = vocabularies[language];
      return [
        Object.keys(v.statuses),
        Object.keys(v.entityKinds),
        Object.keys(v.findingKinds),
        Object.keys(v.nouns),
        v.months.length,
      ];
    };
    expect(shape('es')).toEqual(shape('en'));
    for (const translation of Object.values(vocabularies.es.ui)) expect(translation.trim()).not.toBe('');
  });
});
