/** Quantities with no value: "tens of thousands of asylum applications", "miles de migrantes". */
import { overlapsDate, type FigureCandidate, type FigureContext } from '../candidate.js';
import { readNoun, readUnit } from '../reading.js';

/** Vague quantities that count a noun or a currency; their value is null. */
export function vagueQuantities(context: FigureContext): FigureCandidate[] {
  const { text, vocabulary } = context;
  const sentence = text.slice(context.start, context.end);
  const found: FigureCandidate[] = [];
  const { vague } = vocabulary;
  vague.lastIndex = 0;
  for (let match = vague.exec(sentence); match; match = vague.exec(sentence)) {
    const start = context.start + (match.index ?? 0);
    const numberEnd = start + (match.groups?.v ?? '').length;
    const after = start + match[0].length;
    if (overlapsDate(context, start, numberEnd)) continue;
    const base = { start, value: null, per: null, measures: null, period: null, qualifier: null, numberEnd };
    // readUnit and readNoun take the linker themselves, so read from the end of the quantity.
    const unit = readUnit(text, numberEnd, vocabulary);
    if (unit && unit.end <= context.end) {
      found.push({ ...base, end: unit.end, unit: unit.unit, kind: unit.kind });
      continue;
    }
    const noun = readNoun(text, numberEnd, context.end, vocabulary, true);
    if (noun && noun.from >= after) found.push({ ...base, end: noun.end, unit: noun.unit, kind: 'count' });
  }
  return found;
}
