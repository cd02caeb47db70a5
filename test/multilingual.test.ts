/**
 * One analysis over English and Spanish reports of the same meeting: one person is one entity in
 * both languages, the foreign ministry is one organisation under its English and Spanish names,
 * and the meeting reported in both is compared across them.
 */
import { describe, expect, it } from 'vitest';
import { toContract } from '../src/export/contract-json.js';
import { analyzeCollection, analyzeDocument, isFailedAnalysis, type StandardAnalysis } from '../src/pipeline/index.js';
import { documentFromText } from './helpers/documents.js';

const english = `Rubio and García Harfuch agree on joint weapons unit

WASHINGTON, Feb. 12, 2026 — Secretary of State Marco Rubio met Mexican Security Secretary Omar García Harfuch in Washington on Tuesday, and the two agreed to create a joint unit to trace smuggled weapons.

Rubio said the unit would start work in March. Mexico's Foreign Ministry said the talks had been productive.

Officials said 1,200 rifles had been traced so far.`;

const spanish = `Rubio y García Harfuch acuerdan unidad conjunta contra el tráfico de armas

WASHINGTON, 12 de febrero de 2026.— El secretario de Estado, Marco Rubio, se reunió el miércoles 11 de febrero en Washington con el secretario de Seguridad y Protección Ciudadana, Omar García Harfuch.

La Secretaría de Relaciones Exteriores (SRE) informó que ambos funcionarios acordaron crear una unidad conjunta para rastrear armas.

Según la SRE, hasta ahora se han rastreado 2 mil rifles.`;

function analyse(texts: Array<[string, string]>): StandardAnalysis[] {
  return texts.map(([name, text]) => {
    const result = analyzeDocument(documentFromText(text, { name }));
    if (isFailedAnalysis(result)) throw new Error(result.failure.reason);
    return result;
  });
}

describe('an analysis of English and Spanish documents together', () => {
  const analyses = analyse([
    ['en.txt', english],
    ['es.txt', spanish],
  ]);
  const contract = toContract(analyses, analyzeCollection(analyses));
  const [en, es] = contract.documents;

  it('detects each language and reads both publication dates', () => {
    expect([en!.language, es!.language]).toEqual(['en', 'es']);
    expect([en!.published, es!.published]).toEqual(['2026-02-12', '2026-02-12']);
  });

  it('makes one entity of a person named in both languages, and of the foreign ministry under both names', () => {
    const entityOf = (document: typeof en, text: string) =>
      document!.mentions.find((m) => m.text.includes(text))?.entity;
    expect(entityOf(en, 'Marco Rubio')).toBe(entityOf(es, 'Marco Rubio'));
    expect(entityOf(en, 'García Harfuch')).toBe(entityOf(es, 'García Harfuch'));
    expect(entityOf(en, 'Foreign Ministry')).toBe(entityOf(es, 'Secretaría de Relaciones Exteriores'));
    expect(entityOf(es, 'SRE')).toBe(entityOf(en, 'Foreign Ministry'));
  });

  it('takes an institution named with its country after it for the institution itself', () => {
    const analyses = analyse([
      [
        'en.txt',
        'Treasury sanctions fuel network\n\nWASHINGTON, March 3, 2026 — The U.S. Treasury Department sanctioned twelve companies on Tuesday, officials said.',
      ],
      [
        'es.txt',
        'Sanciones del Tesoro\n\nCIUDAD DE MÉXICO, 4 de marzo de 2026.— El Departamento del Tesoro de Estados Unidos sancionó a doce empresas, informó la dependencia.',
      ],
    ]);
    const [a, b] = toContract(analyses, analyzeCollection(analyses)).documents;
    const entityOf = (document: typeof a, text: string) =>
      document!.mentions.find((m) => m.text.includes(text))?.entity;
    expect(entityOf(a, 'Treasury Department')).toBeDefined();
    expect(entityOf(b, 'Departamento del Tesoro')).toBe(entityOf(a, 'Treasury Department'));
  });

  it('takes "la Secretaría de Seguridad federal" for the federal ministry, and a state\'s ministry for another body', () => {
    const analyses = analyse([
      [
        'es.txt',
        'La Secretaría de Seguridad federal informó el martes de 40 detenciones en Sonora.\n\nLa Secretaría de Seguridad de Sonora dio otra cifra.',
      ],
      ['en.txt', 'Mexico’s Security Ministry (SSPC) said 40 people were detained in Sonora on Tuesday.'],
    ]);
    const [es, en] = toContract(analyses, analyzeCollection(analyses)).documents;
    const entityOf = (document: typeof es, text: string) =>
      document!.mentions.find((m) => m.text.includes(text))?.entity;
    expect(entityOf(es, 'Secretaría de Seguridad federal')).toBe(entityOf(en, 'SSPC'));
    expect(entityOf(es, 'Secretaría de Seguridad de Sonora')).not.toBe(entityOf(en, 'SSPC'));
  });

  it('takes a role named with the country in Spanish for the one person of the document who holds it', () => {
    const analyses = analyse([
      [
        'es.txt',
        'Decomisos en la frontera\n\nCIUDAD DE MÉXICO, 5 de marzo de 2026.— Las aduanas retuvieron 300 rifles en febrero, informó el embajador de Estados Unidos durante una rueda de prensa.\n\nRonald Johnson dijo que la cooperación sigue.',
      ],
    ]);
    const [es] = toContract(analyses, analyzeCollection(analyses)).documents;
    const ambassador = es!.mentions.find((m) => m.text === 'el embajador de Estados Unidos');
    expect(ambassador?.entity).toBeDefined();
    expect(ambassador?.entity).toBe(es!.mentions.find((m) => m.text === 'Ronald Johnson')?.entity);
  });

  it('compares the meeting across the languages: Tuesday in one, Wednesday 11 February in the other', () => {
    const conflicts = contract.findings.filter((f) => f.kind === 'date_conflict');
    // The meeting, and the agreement both reports say the two men reached at it, are each dated Tuesday
    // in one and Wednesday in the other: at most those two conflicts, both between the two reports.
    expect(conflicts.length).toBeGreaterThanOrEqual(1);
    expect(conflicts.length).toBeLessThanOrEqual(2);
    const order = [en!.id, es!.id].sort(
      (a, b) => contract.documents.findIndex((d) => d.id === a) - contract.documents.findIndex((d) => d.id === b),
    );
    for (const conflict of conflicts) expect(conflict.documents).toEqual(order);
    expect(conflicts.find((c) => /meeting/.test(c.detail))?.detail).toMatch(/Tuesday|2026-02-10/);
  });

  it('compares the traced rifles across the languages', () => {
    const figures = contract.findings.filter((f) => f.kind === 'figure_conflict');
    expect(figures.map((f) => f.evidence.map((e) => e.text))).toEqual([
      expect.arrayContaining([expect.stringContaining('1,200'), expect.stringContaining('2 mil')]),
    ]);
  });
});
