import { describe, expect, it } from 'vitest';
import {
  alternation,
  endingWith,
  escape,
  LATIN_WORD_END,
  LATIN_WORD_START,
  phrasePattern,
  WORD_END,
  WORD_START,
} from './patterns.js';

describe('the pattern toolkit', () => {
  it('escapes what a regular expression reads as syntax, so a phrase matches only itself', () => {
    const pattern = new RegExp(`^${escape('U.S. (DEA) $5+ [x]|y?')}$`);
    expect(pattern.test('U.S. (DEA) $5+ [x]|y?')).toBe(true);
    expect(pattern.test('UxS. (DEA) $5+ [x]|y?')).toBe(false);
  });

  it('lets any run of white space stand between the words of a phrase', () => {
    const pattern = new RegExp(`^${phrasePattern('according to')}$`);
    expect(pattern.test('according  \n to')).toBe(true);
    expect(pattern.test('accordingto')).toBe(false);
  });

  it('lists each phrase once, the longest first, so that the longest phrase at a place wins', () => {
    expect(alternation(['de', 'de la', 'del', 'de'])).toBe('de\\s+la|del|de');
    expect(new RegExp(`(?:${alternation(['de', 'de la'])})`).exec('de la casa')?.[0]).toBe('de la');
  });

  it('bounds words by letters and digits of any script', () => {
    const word = new RegExp(`${WORD_START}(?:${alternation(['paz'])})${WORD_END}`, 'iu');
    expect(word.test('la Paz, Bolivia')).toBe(true);
    expect(['apaz', 'pazó', 'paz2', '3paz', 'ñpaz'].filter((text) => word.test(text))).toEqual([]);
  });

  it('bounds Latin words in patterns without the u flag', () => {
    const word = new RegExp(`${LATIN_WORD_START}(?:mil)${LATIN_WORD_END}`, 'i');
    expect(word.test('2 mil armas')).toBe(true);
    expect(['milé', 'mil3', 'amil'].filter((text) => word.test(text))).toEqual([]);
  });

  it('finds a text ending with one of the words and a space, in any case', () => {
    const before = endingWith(['was', 'se']);
    expect(['The port WAS ', 'Luego se  '].filter((text) => before.test(text))).toHaveLength(2);
    expect(['The port was', 'The canvas ', 'la base '].filter((text) => before.test(text))).toEqual([]);
  });
});
