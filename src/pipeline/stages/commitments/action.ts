import type { Span } from '../../../core/index.js';
import { isSpaceCode } from '../../../text/spaces.js';

const MAX_WORDS = 30;

/** Where the clause of an action ends: a semicolon or dash, a full stop, or a comma before a new clause. */
const CLAUSE_END = /[;—–]|\.\s|\.$|,\s(?:but|while|although|which|as)\s/u;

/** The action a cue introduces: the words after it, to the end of the clause, at most 30 words. */
export function actionAfter(text: string, from: number, limit: number): Span | null {
  let start = from;
  while (start < limit && isLeadingGap(text.charCodeAt(start))) start++;
  let end = limit;
  const clause = CLAUSE_END.exec(text.slice(start, limit));
  if (clause) end = start + clause.index;
  if (spaceRunsIn(text, start, end, MAX_WORDS) >= MAX_WORDS) {
    const words = text.slice(start, end).split(/\s+/);
    end = start + words.slice(0, MAX_WORDS).join(' ').length;
  }
  while (end > start && isTrailing(text.charCodeAt(end - 1))) end--;
  return end - start >= 3 ? { start, end } : null;
}

/** Runs of white space inside `[start, end)`, counted up to `bound`: the text splits into one piece more. */
function spaceRunsIn(text: string, start: number, end: number, bound: number): number {
  let runs = 0;
  for (let at = start; at < end && runs < bound; at++)
    if (isSpaceCode(text.charCodeAt(at)) && (at === start || !isSpaceCode(text.charCodeAt(at - 1)))) runs++;
  return runs;
}

/** White space, a comma or a colon: what separates a cue from its action. */
function isLeadingGap(code: number): boolean {
  return isSpaceCode(code) || code === 0x2c || code === 0x3a;
}

/** White space and the punctuation that closes a clause or quote, left off an action's end. */
function isTrailing(code: number): boolean {
  return isSpaceCode(code) || TRAILING.has(code);
}

const TRAILING = new Set([...'.,;:"”’»'].map((c) => c.charCodeAt(0)));
