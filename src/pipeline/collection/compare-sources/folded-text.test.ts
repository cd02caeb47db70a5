import { describe, expect, it } from 'vitest';
import { fold, FoldedText } from './folded-text.js';

describe('FoldedText', () => {
  const folded = new FoldedText('“We will not pay,” said the Minister — Ciudad de México, 3 de septiembre.');

  it('folds case and punctuation and keeps accents', () => {
    expect(folded.text).toBe('we will not pay said the minister ciudad de méxico 3 de septiembre');
    expect(fold('¡Сейчас, ДА!')).toBe('сейчас да');
  });

  it('finds whole words at either end and inside, never parts of words', () => {
    for (const word of ['we', 'septiembre', 'minister', 'méxico', '3']) expect(folded.holdsWord(word)).toBe(true);
    for (const word of ['w', 'septiem', 'inister', 'mexico', 'sept']) expect(folded.holdsWord(word)).toBe(false);
  });

  it('never rules out words the text has', () => {
    expect(folded.mayHoldWords(folded.text.split(' '))).toBe(true);
    expect(folded.mayHoldWords(['we', 'tariffs'])).toBe(false);
  });
});
