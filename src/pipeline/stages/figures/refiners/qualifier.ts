import type { FigureCandidate, FigureContext } from '../candidate.js';

/**
 * Sets `qualifier` from the hedge just before the figure ("over 430,000 migrants" → "over") and
 * takes it into the span: "more than $1.4 billion" is what the text claims, not "$1.4 billion".
 */
export function qualify(figures: FigureCandidate[], context: FigureContext): void {
  for (const figure of figures) {
    const before = context.text.slice(Math.max(context.start, figure.start - 24), figure.start);
    const match = context.vocabulary.qualifier.exec(before);
    const key = match?.groups?.q?.toLowerCase().replace(/\s+/g, ' ');
    if (!key || !match) continue;
    figure.qualifier = context.vocabulary.lexicon.qualifiers[key] ?? key;
    figure.start -= before.length - match.index;
  }
}
