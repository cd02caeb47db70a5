/**
 * Numbers written in words: "six agencies", "two million people", "dos mil millones de pesos".
 * A spelled number without a scale is a figure only when it counts a noun and is not a reference
 * ("the two countries"), and "one"/"un" only with a scale or unit ("one million", not "one of").
 */
import { isSourceOrRatio, overlapsDate, type FigureCandidate, type FigureContext } from '../candidate.js';
import { spelledValue } from '../numerals.js';
import { isAgeAdjective } from './numeric.js';
import { borrowing, nextWord, readNoun, readPartitive, readUnit } from '../reading.js';

const ONE = new Set(['one', 'un', 'una', 'uno']);

/** Runs of number words. */
export function spelledNumbers(context: FigureContext): FigureCandidate[] {
  const { text, vocabulary } = context;
  const { lexicon } = vocabulary;
  const sentence = text.slice(context.start, context.end);
  const found: FigureCandidate[] = [];
  const { spelled } = vocabulary;
  spelled.lastIndex = 0;
  for (let match = spelled.exec(sentence); match; match = spelled.exec(sentence)) {
    const written = match.groups?.w ?? '';
    const start = context.start + (match.index ?? 0);
    let end = start + written.length;
    if (overlapsDate(context, start, end)) continue;
    const previous = wordBefore(text, start, context.start);
    // "ciento" of "70 por ciento" belongs to the unit of the number before it.
    if (previous && vocabulary.units.has(`${previous} ${written.toLowerCase()}`)) continue;
    const tokens = tokensOf(written, lexicon);
    const value = spelledValue(tokens, lexicon);
    if (value === null) continue;
    const scaled = tokens.some((token) => lexicon.scales[token] !== undefined && lexicon.scales[token] >= 1000);
    const base = { start, value, per: null, measures: null, period: null, qualifier: null, numberEnd: end };
    const unit = readUnit(text, end, vocabulary);
    if (unit && isAgeAdjective(text, unit.end)) continue;
    if (unit && unit.end <= context.end) {
      found.push({ ...base, end: unit.end, unit: unit.unit, kind: unit.kind });
      continue;
    }
    let reference = false;
    if (!scaled) {
      if (tokens.length === 1 && ONE.has(tokens[0] ?? '')) continue;
      reference = previous !== '' && lexicon.determiners.includes(previous);
    }
    const noun = readNoun(text, end, context.end, vocabulary, scaled, reference ? 4 : 3) ?? (reference ? null : readPartitive(text, end, context.end, vocabulary));
    // "the two countries" names a set; "the ten busiest ports" counts one.
    if (reference && !(noun && (vocabulary.superlatives.has(nextWord(text, end, vocabulary)) || vocabulary.superlatives.has(nextWord(text, noun.end, vocabulary))))) continue;
    if (noun) {
      if (!isSourceOrRatio(context, start)) found.push({ ...base, end: noun.end, unit: noun.unit, kind: 'count' });
      continue;
    }
    const from = borrowing(text, end, context.end, vocabulary);
    if (from) found.push({ ...base, end, unit: null, kind: 'bare', borrow: { from, required: !scaled } });
    else if (scaled) found.push({ ...base, end, unit: null, kind: 'bare' });
  }
  return found;
}

/** Lexicon keys in a run of words, longest first, so "mil millones" and "a dozen" stay whole. */
function tokensOf(written: string, lexicon: FigureContext['vocabulary']['lexicon']): string[] {
  const words = written.toLowerCase().split(/[-\s]+/u).filter((w) => w !== 'and' && w !== 'y');
  const tokens: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = `${words[i]} ${words[i + 1] ?? ''}`;
    if (lexicon.scales[pair] !== undefined || lexicon.words[pair] !== undefined) {
      tokens.push(pair);
      i++;
    } else tokens.push(words[i] ?? '');
  }
  return tokens;
}

const LETTER = /\p{L}/u;

/** The lower-case word that ends, past spaces, right before `at` (not before `floor`), or ''. */
function wordBefore(text: string, at: number, floor: number): string {
  let end = at;
  while (end > floor && /\s/u.test(text[end - 1] ?? '')) end--;
  if (end === at) return '';
  let start = end;
  while (start > floor && LETTER.test(text[start - 1] ?? '')) start--;
  return text.slice(start, end).toLowerCase();
}
