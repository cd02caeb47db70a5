/**
 * Numbers written as groups of digits or number words between scale words, as Spanish reporting
 * writes large counts: "6 mil 998", "mil 260", "un millón 332 mil 126", "mil 200 millones". The
 * span holds the whole number, so its parts ("6 mil", "998 armas") are not read as figures.
 */
import { claimedByDate, isSourceOrRatio, type FigureCandidate, type FigureContext } from '../candidate.js';
import { compositeValue } from '../numerals.js';
import { readNoun, readUnit } from '../reading.js';

/** Composite numbers, with their unit or counted noun. */
export function compositeNumbers(context: FigureContext): FigureCandidate[] {
  const { text, vocabulary } = context;
  const sentence = text.slice(context.start, context.end);
  if (!vocabulary.composite?.gate.test(sentence)) return [];
  const composite = vocabulary.composite.pattern;
  const found: FigureCandidate[] = [];
  composite.lastIndex = 0;
  for (let match = composite.exec(sentence); match; match = composite.exec(sentence)) {
    const start = context.start + match.index;
    const numberEnd = start + match[0].length;
    if (claimedByDate(context, start, numberEnd)) continue;
    const value = compositeValue(match[0], vocabulary.lexicon);
    if (value === null) continue;
    const base = { start, value, per: null, measures: null, period: null, qualifier: null, numberEnd };
    const unit = readUnit(text, numberEnd, vocabulary);
    if (unit && unit.end <= context.end) {
      found.push({ ...base, end: unit.end, unit: unit.unit, kind: unit.kind });
      continue;
    }
    const noun = readNoun(text, numberEnd, context.end, vocabulary, true);
    if (noun) {
      if (!isSourceOrRatio(context, start)) found.push({ ...base, end: noun.end, unit: noun.unit, kind: 'count' });
      continue;
    }
    found.push({ ...base, end: numberEnd, unit: null, kind: 'bare', borrow: { from: 'before', required: false } });
  }
  return found;
}
