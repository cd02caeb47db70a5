import type { FigureCandidate, FigureContext } from '../candidate.js';

/**
 * Sets `qualifier` from the hedge just before the figure ("over 430,000 migrants" → "over"). The
 * qualifier stays outside the span, which holds the number expression only.
 */
export function qualify(figures: FigureCandidate[], context: FigureContext): void {
  for (const figure of figures) {
    const before = context.text.slice(Math.max(context.start, figure.start - 24), figure.start);
    const match = context.vocabulary.qualifier.exec(before);
    const key = match?.groups?.q?.toLowerCase().replace(/\s+/g, ' ');
    if (key) figure.qualifier = context.vocabulary.lexicon.qualifiers[key] ?? key;
  }
}
