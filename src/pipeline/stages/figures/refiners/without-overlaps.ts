import type { FigureCandidate } from '../candidate.js';

/** Keeps the longest of overlapping figures (the earlier one on a tie), sorted by (start, end). */
export function withoutOverlaps(candidates: readonly FigureCandidate[]): FigureCandidate[] {
  const ranked = candidates.map((candidate, order) => ({ candidate, order }));
  ranked.sort(
    (a, b) => b.candidate.end - b.candidate.start - (a.candidate.end - a.candidate.start) || a.order - b.order,
  );
  const kept: FigureCandidate[] = [];
  for (const { candidate } of ranked) {
    if (!kept.some((k) => k.start < candidate.end && candidate.start < k.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
