import type { FigureCandidate, FigureContext } from '../candidate.js';

// The set a part belongs to is named just after it ("12 of the country's 32 offices"), within a few words.
const SET_REACH = 40;

/**
 * Gives a number whose noun is written elsewhere the unit (and what it measures) of the figure that
 * names it: the nearest figure before it with a unit (for a sentence's first number, the last count
 * of the sentence before, in the same paragraph), or the set after "of". A number that needs a
 * unit and finds none keeps `unit` null and is dropped by the stage.
 */
export function borrowUnits(
  figures: FigureCandidate[],
  context: FigureContext,
  previous: { readonly figure: FigureCandidate } | null = null,
): void {
  figures.forEach((figure, index) => {
    if (!figure.borrow) return;
    const lender =
      figure.borrow.from === 'after'
        ? setAfter(figures, index, context)
        : (countBefore(figures, index) ?? (opensSentence(figure, index, context) ? previous?.figure : undefined));
    if (!lender?.unit) return;
    figure.unit = lender.unit;
    figure.kind = lender.kind;
    figure.measures = lender.measures ?? (context.text.slice(lender.numberEnd, lender.end).trim() || null);
  });
}

function setAfter(
  figures: readonly FigureCandidate[],
  index: number,
  context: FigureContext,
): FigureCandidate | undefined {
  const figure = figures[index]!;
  const next = figures[index + 1];
  if (!next || next.start - figure.end > SET_REACH || /[.;:,()]/u.test(context.text.slice(figure.end, next.start)))
    return undefined;
  return next;
}

function countBefore(figures: readonly FigureCandidate[], index: number): FigureCandidate | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const candidate = figures[i]!;
    if (candidate.unit && !candidate.borrow && (candidate.kind === 'count' || candidate.kind === 'measure'))
      return candidate;
  }
  return undefined;
}

// Only a small number that opens its sentence ("At least nine, …") refers back past a sentence's end.
function opensSentence(figure: FigureCandidate, index: number, context: FigureContext): boolean {
  return index === 0 && figure.borrow?.required === true && figure.start - context.start <= 16;
}
