import type { Figure, Finding } from '../../../core/index.js';
import { termsOf } from '../../../text/terms.js';
import type { ComparedDocument } from './sources.js';

/** Values further apart than this share of the larger one disagree; closer ones are rounding. */
export const FIGURE_TOLERANCE = 0.05;
/** Share of the measured words two figures must have in common to measure the same thing. */
const SAME_MEASURE = 0.5;

function overlap(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a);
  const right = new Set(b);
  const shared = [...left].filter((t) => right.has(t)).length;
  return shared / Math.max(1, Math.min(left.size, right.size));
}

/** Whether a qualifier already allows the other value ("over 430,000" and 450,000 agree). */
function allowedBy(figure: Figure, other: number): boolean {
  const value = figure.value!;
  if (figure.qualifier === 'over' || figure.qualifier === 'at least') return other >= value;
  if (figure.qualifier === 'nearly' || figure.qualifier === 'almost' || figure.qualifier === 'under' || figure.qualifier === 'up to') return other <= value;
  return false;
}

/**
 * One measure, different values: figures in two documents with the same unit, rate and period
 * whose measured words mostly coincide, and whose values differ by more than 5 % of the larger
 * without a qualifier that allows it. "About 75,000" and "nearly 75,000" agree.
 */
export function findFigureConflicts(documents: readonly ComparedDocument[]): Finding[] {
  const findings: Finding[] = [];
  const placed = documents.flatMap((document) => document.figures.filter((f) => f.value !== null && f.unit && f.measures).map((figure) => ({ document, figure, terms: termsOf(figure.measures!) })));
  for (const [i, a] of placed.entries()) {
    for (const b of placed.slice(i + 1)) {
      if (a.document.id === b.document.id || a.figure.unit !== b.figure.unit || a.figure.per !== b.figure.per) continue;
      if ((a.figure.period ?? null) !== (b.figure.period ?? null) || overlap(a.terms, b.terms) < SAME_MEASURE) continue;
      const [x, y] = [a.figure.value!, b.figure.value!];
      if (Math.abs(x - y) <= FIGURE_TOLERANCE * Math.max(Math.abs(x), Math.abs(y)) || allowedBy(a.figure, y) || allowedBy(b.figure, x)) continue;
      const quote = (p: typeof a) => `“${p.document.text.slice(p.figure.start, p.figure.end)}”`;
      findings.push({
        kind: 'figure_conflict',
        documents: [a.document.id, b.document.id],
        entity: null,
        detail: `${a.document.title ?? a.document.id} gives ${quote(a)} for ${a.figure.measures}; ${b.document.title ?? b.document.id} gives ${quote(b)} (${Math.round((100 * Math.abs(x - y)) / Math.max(x, y))}% apart).`,
        evidence: [a, b].map((p) => ({ document: p.document.id, start: p.figure.start, end: p.figure.end })),
      });
    }
  }
  return findings;
}
