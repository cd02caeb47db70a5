import { describe, expect, it } from 'vitest';
import { foldedText, namesParty, type Passage } from '../src/services/proposal-passages.js';

function passage(text: string): Passage {
  return { documentId: 'd', start: 0, end: text.length, text, kind: 'sentence', counts: new Map(), length: 0 };
}

describe('proposal passages', () => {
  it('folds a passage once, with single spaces around every word', () => {
    const sentence = passage('México  y los EE.UU., en “Washington”.');
    expect(foldedText(sentence)).toBe(' méxico y los ee.uu. en washington . ');
    expect(foldedText(sentence)).toBe(foldedText(sentence));
  });

  it('tells which parties a passage names by whole words, in either language', () => {
    const english = passage('The U.S. Treasury and Mexican prosecutors met.');
    expect(namesParty(english, 'USA')).toBe(true);
    expect(namesParty(english, 'MEX')).toBe(true);
    const spanish = passage('La Casa Blanca pidió a Sheinbaum más detenciones.');
    expect(namesParty(spanish, 'USA')).toBe(true);
    expect(namesParty(spanish, 'MEX')).toBe(true);
    // "usurp" and "eurozone" hold "us" and "eu" inside a word, which is not naming a party.
    const neither = passage('Officials warned against attempts to usurp the eurozone budget.');
    expect(namesParty(neither, 'USA')).toBe(false);
    expect(namesParty(neither, 'MEX')).toBe(false);
    expect(namesParty(neither, 'XXX')).toBe(false);
  });
});
