import { describe, expect, it } from 'vitest';
import { PhraseMatcher, wordsOf } from './phrase-matcher.js';

const found = (matcher: PhraseMatcher<string>, text: string, start?: number, end?: number) =>
  matcher.findAll(text, start, end).map((m) => `${text.slice(m.start, m.end)}=${m.value}`);

// Long enough to be kept among the recent texts, as a document is.
const DOCUMENT = `${'Officials from both countries met again. '.repeat(12)}The delegations held talks on Thursday and agreed to meet in March.`;

describe('PhraseMatcher', () => {
  it('finds whole words, case-insensitively, the longest phrase first, without overlaps', () => {
    const matcher = new PhraseMatcher([
      ['held talks', 'meet'],
      ['talks', 'talk'],
      ['agreed to', 'agree'],
      ['meet', 'meet'],
    ]);
    expect(found(matcher, 'They HELD talks, then agreed to meet; the talkshow ended.')).toEqual([
      'HELD talks=meet',
      'agreed to=agree',
      'meet=meet',
    ]);
  });

  it('keeps to the range it is given', () => {
    const matcher = new PhraseMatcher([['talks', 'talk']]);
    const text = 'talks here, talks there';
    expect(found(matcher, text, 5)).toEqual(['talks=talk']);
    expect(matcher.test(text, 0, 4)).toBe(false);
  });

  it('does not start a phrase on the tail of a contraction', () => {
    const matcher = new PhraseMatcher([['s', 'tail']]);
    expect(found(matcher, 'Mexico’s s')).toEqual(['s=tail']);
  });

  it('finds the phrases of a matcher built after a document’s words were read', () => {
    const before = new PhraseMatcher([['met', 'meet']]);
    expect(before.test(DOCUMENT)).toBe(true);
    expect(wordsOf(DOCUMENT).some((word) => word.folded === 'delegations')).toBe(true);
    // Words no phrase list held when the document was first read are numbered now.
    const after = new PhraseMatcher([['the delegations held', 'gather']]);
    expect(found(after, DOCUMENT)).toEqual(['The delegations held=gather']);
  });
});
