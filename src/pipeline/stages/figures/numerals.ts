/** Values of written numbers: digit groups in either convention, and runs of number words. */
import type { NumberLexicon } from '../../../lexicons/number-lexicon.js';

/**
 * The value of a numeral such as "1,500", "1.9", "3.200" or "12,5". The last separator is the decimal
 * mark when both appear; a lone separator followed by exactly three digits groups thousands, except a
 * single "." in English ("3.200" = 3.2) — so Spanish "1,500" is still 1500, as Spanish news writes it.
 */
export function numeralValue(raw: string, decimalComma: boolean): number {
  const comma = raw.includes(',');
  const dot = raw.includes('.');
  if (comma && dot) {
    const decimal = raw.lastIndexOf(',') > raw.lastIndexOf('.') ? ',' : '.';
    const [whole = '', fraction = ''] = raw.split(decimal);
    return Number(`${whole.replace(/[.,]/g, '')}.${fraction}`);
  }
  if (comma) return /^\d{1,3}(,\d{3})+$/.test(raw) ? Number(raw.replace(/,/g, '')) : Number(raw.replace(',', '.'));
  if (dot) {
    if (/^\d{1,3}(\.\d{3}){2,}$/.test(raw) || (decimalComma && /^\d{1,3}\.\d{3}$/.test(raw)))
      return Number(raw.replace(/\./g, ''));
    return Number(raw);
  }
  return Number(raw);
}

/** The value of a run of number words ("two hundred thousand", "dos mil millones"), or null if a word is unknown. */
export function spelledValue(tokens: readonly string[], lexicon: NumberLexicon): number | null {
  let total = 0;
  let current = 0;
  let lastWasScale = false;
  for (const token of tokens) {
    const word = lexicon.words[token];
    const scale = lexicon.scales[token];
    if (word !== undefined) {
      // "ciento"/"hundred" multiply; other words add ("treinta y cinco").
      if (word === 100 && current > 0 && current < 100) current *= 100;
      else current += word;
      lastWasScale = false;
    } else if (scale !== undefined) {
      if (scale === 100) current = (current || 1) * 100;
      else if (lastWasScale)
        total *= scale; // "mil millones" written as two scales
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      lastWasScale = scale !== 100;
    } else return null;
  }
  return total + current;
}

/**
 * The value of a number written in groups between scales: "6 mil 998" = 6998, "un millón 332 mil
 * 126" = 1332126, "mil 200 millones" = 1.2e9. A thousand multiplies only the group it ends; a
 * million or more closes everything before it.
 */
export function compositeValue(written: string, lexicon: NumberLexicon): number | null {
  let total = 0;
  let group = 0;
  const words = written
    .toLowerCase()
    .split(/\s+/u)
    .filter((w) => w !== 'y' && w !== 'and');
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const pair = `${word} ${words[i + 1] ?? ''}`;
    const scale = lexicon.scales[pair] ?? lexicon.scales[word];
    if (lexicon.scales[pair] !== undefined) i++;
    if (scale !== undefined && scale >= 1000) {
      if (scale < 1e6) group = (group || 1) * scale;
      else {
        total += (group || 1) * scale;
        group = 0;
      }
      continue;
    }
    const value = /^\d{1,3}$/u.test(word) ? Number(word) : spelledValue([word], lexicon);
    if (value === null) return null;
    group += value;
  }
  return total + group;
}
