/**
 * Comparing sources: planted conflicts are found, and reports that agree stay silent.
 */
import { describe, expect, it } from 'vitest';
import { toContract } from '../src/export/contract-json.js';
import { analyzeCollection, analyzeDocument, isFailedAnalysis } from '../src/pipeline/index.js';
import { documentFromText } from './helpers/documents.js';

function findingsOf(...texts: string[]) {
  const analyses = texts.map((text, k) => {
    const result = analyzeDocument(documentFromText(text, { name: `doc${k}.txt` }));
    if (isFailedAnalysis(result)) throw new Error(result.failure.reason);
    return result;
  });
  return toContract(analyses, analyzeCollection(analyses)).findings;
}

const kinds = (findings: ReturnType<typeof findingsOf>) =>
  findings.map((f) => f.kind).filter((k) => k === 'date_conflict' || k === 'figure_conflict');

describe('comparing sources', () => {
  it('stays silent when one source gives the weekday and another the date of the same Wednesday', () => {
    const findings = findingsOf(
      'Noem meets Harfuch\n\nMEXICO CITY, Sept. 4, 2025 — Homeland Security Secretary Kristi Noem met Omar García Harfuch in Mexico City on Wednesday to discuss tunnels.',
      'Noem y Harfuch se reúnen\n\nMEXICO CITY, Sept. 5, 2025 — Homeland Security Secretary Kristi Noem met Omar García Harfuch in Mexico City on September 3 to discuss tunnels.',
    );
    expect(kinds(findings)).toEqual([]);
  });

  it('finds a weekday that is not the weekday of the date another source gives', () => {
    const findings = findingsOf(
      'Noem meets Harfuch\n\nMEXICO CITY, Sept. 5, 2025 — Homeland Security Secretary Kristi Noem met Omar García Harfuch in Mexico City on Thursday to discuss tunnels.',
      'Noem y Harfuch se reúnen\n\nMEXICO CITY, Sept. 5, 2025 — Homeland Security Secretary Kristi Noem met Omar García Harfuch in Mexico City on September 3 to discuss tunnels.',
    );
    expect(kinds(findings)).toEqual(['date_conflict']);
  });

  it('stays silent on "about 75,000" and "nearly 75,000", and finds 32 against 35 prisoners', () => {
    const deaths = findingsOf(
      'Overdoses fall\n\nWASHINGTON, Feb. 2, 2026 — Fentanyl killed about 75,000 Americans in 2024, officials said.',
      'Overdoses fall again\n\nWASHINGTON, Feb. 3, 2026 — Fentanyl killed nearly 75,000 Americans in 2024, officials said.',
    );
    expect(kinds(deaths)).toEqual([]);
    const prisoners = findingsOf(
      'Mexico sends prisoners\n\nMEXICO CITY, Feb. 11, 2026 — Mexico on Tuesday transferred 32 prisoners to the United States, officials said.',
      'Transfer completed\n\nWASHINGTON, Feb. 12, 2026 — The Justice Department took custody on February 10 of 35 prisoners sent by Mexico to the United States.',
    );
    expect(kinds(prisoners)).toEqual(['figure_conflict']);
  });

  it('compares weights across units: 1.8 tons against 1,600 kilograms', () => {
    const findings = findingsOf(
      'Seizure at the port\n\nLÁZARO CÁRDENAS, March 18, 2026 — Marines seized 1.8 tons of methamphetamine at the port of Lázaro Cárdenas on Tuesday.',
      'Record seizure\n\nLÁZARO CÁRDENAS, March 18, 2026 — Marines seized 1,600 kilograms of methamphetamine at the port of Lázaro Cárdenas on Tuesday.',
    );
    expect(kinds(findings)).toEqual(['figure_conflict']);
  });
});
