import type { FigureCandidate, FigureContext } from '../candidate.js';

/**
 * Sets `period` from a date of the same sentence: the first one after the figure, else the nearest
 * before it ("430,000 migrants in 2023" → "2023"). Its value when resolved, else its text ("last year").
 */
export function period(figures: FigureCandidate[], context: FigureContext): void {
  if (context.periods.length === 0) return;
  for (const figure of figures) {
    const after = context.periods.find((date) => date.start >= figure.end);
    const before = [...context.periods].reverse().find((date) => date.end <= figure.start);
    const date = after ?? before;
    if (date) figure.period = date.value ?? context.text.slice(date.start, date.end);
  }
}
