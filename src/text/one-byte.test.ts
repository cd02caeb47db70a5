import { describe, expect, it } from 'vitest';
import { oneByte } from './one-byte.js';

describe('oneByte', () => {
  it('keeps every character of a Latin-1 text cut from a two-byte one', () => {
    const folded = '“el niño dijo: sí, ¡ya!”'.slice(1, -1);
    expect(oneByte(folded)).toBe('el niño dijo: sí, ¡ya!');
  });

  it('returns a text with a character past Latin-1 as it is', () => {
    expect(oneByte('łódź — “quoted”')).toBe('łódź — “quoted”');
  });
});
