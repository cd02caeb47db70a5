/**
 * Numbers written in words: "six agencies", "two million people", "dos mil millones de pesos".
 * A spelled number without a scale is a figure only when it counts a noun and is not a reference
 * ("the two countries"), and "one"/"un" only with a scale or unit ("one million", not "one of").
 */
import { claimedByDate, isSourceOrRatio, type FigureCandidate, type FigureContext } from '../candidate.js';
import { spelledValue } from '../numerals.js';
import { isAgeAdjective } from './numeric.js';
import { borrowing, countedSingular, nextWord, readNoun, readPartitive, readPersonVerb, readUnit } from '../reading.js';

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
    const end = start + written.length;
    if (claimedByDate(context, start, end)) continue;
    const previous = wordBefore(text, start, context.start);
    // "ciento" of "70 por ciento" belongs to the unit of the number before it.
    if (previous && vocabulary.units.has(`${previous} ${written.toLowerCase()}`)) continue;
    const tokens = tokensOf(written, lexicon);
    const value = spelledValue(tokens, lexicon);
    if (value === null) continue;
    const scaled = tokens.some((token) => lexicon.scales[token] !== undefined && lexicon.scales[token] >= 1000);
    const base = { start, value, per: null, measures: null, period: null, qualifier: null, numberEnd: end };
    const one = !scaled && tokens.length === 1 && ONE.has(tokens[0] ?? '');
    const unit = readUnit(text, end, vocabulary);
    if (unit && isAgeAdjective(text, unit.end)) continue;
    if (unit && unit.end <= context.end) {
      // "un año" is mostly an article: a length of one only after a word that measures time ("de un mes", "for one year").
      if (one && vocabulary.timeUnits.has(unit.unit) && !vocabulary.durationLinks.has(previous)) continue;
      found.push({ ...base, end: unit.end, unit: unit.unit, kind: unit.kind });
      continue;
    }
    if (one) {
      const single = countOfOne(context, end);
      if (single) found.push({ ...base, ...single, kind: 'count' });
      continue;
    }
    // "the two countries" names a set, as does "the other two"; "otras siete personas" counts more of them.
    const reference =
      (!scaled && isDeterminer(previous, lexicon)) ||
      (lexicon.nounModifiers.includes(previous) &&
        isDeterminer(wordBefore(text, start - previous.length - 1, context.start), lexicon));
    // "dos docenas de armas", "media docena de sospechosos": a scale, a dozen too, links its noun with "de"/"of".
    const partitive = scaled || lexicon.scales[tokens.at(-1)?.split(' ').at(-1) ?? ''] !== undefined;
    const noun =
      readNoun(text, end, context.end, vocabulary, partitive, reference ? 4 : 3) ??
      (reference ? null : readPartitive(text, end, context.end, vocabulary));
    // "the ten busiest ports" and "the four Central American criminal groups" count a set they describe.
    if (
      reference &&
      !(
        noun &&
        (isDescribed(text, end, noun.end) ||
          vocabulary.superlatives.has(nextWord(text, end, vocabulary)) ||
          vocabulary.superlatives.has(nextWord(text, noun.end, vocabulary)))
      )
    )
      continue;
    if (noun) {
      if (!isSourceOrRatio(context, start)) found.push({ ...base, end: noun.end, unit: noun.unit, kind: 'count' });
      continue;
    }
    if (!reference && readPersonVerb(text, end, context.end, vocabulary)) {
      found.push({ ...base, end, unit: 'people', kind: 'count' });
      continue;
    }
    const from = borrowing(text, end, context.end, vocabulary);
    if (from) found.push({ ...base, end, unit: null, kind: 'bare', borrow: { from, required: !scaled } });
    else if (scaled) found.push({ ...base, end, unit: null, kind: 'bare' });
  }
  return found;
}

function isDeterminer(word: string, lexicon: FigureContext['vocabulary']['lexicon']): boolean {
  return word !== '' && lexicon.determiners.includes(word);
}

// A set described by three words or more after its number is counted, not merely referred to.
function isDescribed(text: string, numberEnd: number, nounEnd: number): boolean {
  return text.slice(numberEnd, nounEnd).trim().split(/\s+/u).length >= 3;
}

/**
 * "una persona", "un vehículo": "one" before a singular counted noun counts it where the sentence
 * counts other things too ("se arrestó a una persona y se incautaron 35 kilos … y un vehículo");
 * elsewhere "un" is an article.
 */
function countOfOne(context: FigureContext, at: number): { end: number; unit: string } | null {
  const { text, vocabulary } = context;
  vocabulary.word.lastIndex = at;
  const match = vocabulary.word.exec(text);
  if (!match || at + match[0].length > context.end) return null;
  const unit = countedSingular((match.groups?.w ?? '').toLowerCase(), vocabulary);
  if (!unit || !endsItem(context, at + match[0].length) || !hasOtherCount(context)) return null;
  return { end: at + match[0].length, unit };
}

// An item of an enumeration ends at a comma, a conjunction or the sentence's end: "una persona, …", "… y un vehículo."
function endsItem(context: FigureContext, at: number): boolean {
  return /^(?:\s*[,;.]|\s+(?:y|e|and)\s|\s*$)/u.test(context.text.slice(at, Math.min(context.end, at + 5)));
}

function hasOtherCount(context: FigureContext): boolean {
  const sentence = context.text.slice(context.start, context.end);
  if (/\d/u.test(sentence)) return true;
  const spelled = new RegExp(context.vocabulary.spelled.source, 'gi');
  let count = 0;
  for (let match = spelled.exec(sentence); match; match = spelled.exec(sentence)) {
    if (!ONE.has((match.groups?.w ?? '').toLowerCase())) count++;
  }
  return count > 0;
}

/** Lexicon keys in a run of words, longest first, so "mil millones" and "a quarter of a million" stay whole. */
function tokensOf(written: string, lexicon: FigureContext['vocabulary']['lexicon']): string[] {
  const words = written.toLowerCase().split(/[-\s]+/u);
  const tokens: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let taken = 1;
    for (let size = Math.min(5, words.length - i); size > 1; size--) {
      const phrase = words.slice(i, i + size).join(' ');
      if (lexicon.scales[phrase] !== undefined || lexicon.words[phrase] !== undefined) {
        taken = size;
        break;
      }
    }
    const token = words.slice(i, i + taken).join(' ');
    i += taken - 1;
    if (taken === 1 && (token === 'and' || token === 'y')) continue;
    tokens.push(token);
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
