import type { NameLookups } from './lookups.js';
import { phraseEnd } from './phrases.js';
import type { Token } from './tokens.js';

/**
 * Whether a line of the text is a credit or a byline rather than reporting: it opens with a credit
 * label ("Image credit:", "Foto:", "By Ana Ruiz, …"), or it holds nothing but a name of two or
 * three capitalised words (a byline on a line of its own). Names in credits are not people of the
 * story, and the agencies there are not sources.
 */
export function isCreditLine(text: string, tokens: readonly Token[], lookups: NameLookups): boolean {
  const first = tokens[0];
  if (!first) return false;
  const label = phraseEnd(tokens, 0, lookups.creditLabels);
  // "Photo: …", "Image credit: …", "Foto: …" open a credit wherever a sentence starts.
  if (label > 0 && first.capitalized && (tokens[label]?.folded === ':' || tokens[label]?.folded === '|')) return true;
  if (!startsLine(text, first.start)) return false;
  // "By Ana Ruiz", "by Ana Ruiz, a former ambassador …": the label and a name of two or more words.
  if (label === 1) {
    let end = label;
    while (tokens[end]?.capitalized && tokens[end]!.joined) end++;
    if (end - label >= 2 && (end === tokens.length || tokens[end]!.folded === ',')) return true;
  }
  // A line that is only a name: two or three capitalised words and nothing else.
  return (
    tokens.length >= 2 &&
    tokens.length <= 3 &&
    tokens.every((t) => t.capitalized && /^\p{Lu}\p{Ll}+$/u.test(text.slice(t.start, t.end))) &&
    endsLine(text, tokens.at(-1)!.end)
  );
}

/** Whether a word joins another by a slash, as photo credits write them ("Ana Ruiz/AP"). */
export function isSlashCredit(text: string, token: Token): boolean {
  return text[token.end] === '/' || text[token.start - 1] === '/';
}

function startsLine(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  return k < 0 || text[k] === '\n';
}

function endsLine(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r')) k++;
  return k >= text.length || text[k] === '\n';
}
