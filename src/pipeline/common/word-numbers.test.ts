import { describe, expect, it } from 'vitest';
import { numberedWords, wordNumber, wordNumberAt } from './word-numbers.js';

describe('word numbers', () => {
  it('numbers each word once and finds it inside a longer text', () => {
    const before = numberedWords();
    const talks = wordNumber('zz-talks');
    expect(wordNumber('zz-talks')).toBe(talks);
    expect(numberedWords()).toBe(before + 1);
    const text = 'the “zz-talks” went on';
    expect(wordNumberAt(text, 5, 13)).toBe(talks);
  });

  it('tells apart words that share a hash bucket or a prefix, and knows no word it was not given', () => {
    const a = wordNumber('zz-aa');
    const b = wordNumber('zz-aab');
    expect(a).not.toBe(b);
    expect(wordNumberAt('zz-aab', 0, 5)).toBe(a);
    expect(wordNumberAt('zz-aab', 0, 6)).toBe(b);
    expect(wordNumberAt('zz-unknown', 0, 10)).toBe(-1);
  });
});
