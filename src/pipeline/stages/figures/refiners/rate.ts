import type { FigureCandidate, FigureContext } from '../candidate.js';

// A rate word belongs to the figure before it, within its clause.
const CLAUSE_END = /[;:—–()]|,\s+(?:and|but|while|y|pero|mientras)\s/u;

/** Sets `per` from a rate phrase after the figure ("$1.9 billion … daily" → "day"), before the next figure. */
export function rate(figures: FigureCandidate[], context: FigureContext): void {
  figures.forEach((figure, index) => {
    const limit = Math.min(figures[index + 1]?.start ?? context.end, context.end, figure.end + 80);
    let window = context.text.slice(figure.end, limit);
    const cut = CLAUSE_END.exec(window);
    if (cut) window = window.slice(0, cut.index);
    const match = context.vocabulary.rate.exec(window);
    const key = match?.groups?.r?.toLowerCase().replace(/\s+/g, ' ');
    if (key) figure.per = context.vocabulary.rates.get(key) ?? null;
  });
}
