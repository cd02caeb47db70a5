/**
 * Every word of every phrase list, numbered. A document's words are looked up here once, straight
 * from the characters of its lower-cased text; matchers then compare numbers. Looking each word up
 * as a string would first cut it out and hash it: texts with curly quotes are two-byte strings, and
 * that cost more than the rest of the matchers' scans.
 */

/** The words by number. */
const words: string[] = [];
/** Numbers of the words by a hash of their characters (few hashes are shared, so the lists are short). */
const byHash = new Map<number, number[]>();

function hashOf(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}

function spells(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/** The number of the word `text` holds in `[start, end)`, or -1 when no phrase list has it. */
export function wordNumberAt(text: string, start: number, end: number): number {
  const numbers = byHash.get(hashOf(text, start, end));
  if (numbers) for (const number of numbers) if (spells(words[number]!, text, start, end)) return number;
  return -1;
}

/** The number of a (lower-case) word, numbering it if it is new. */
export function wordNumber(word: string): number {
  const known = wordNumberAt(word, 0, word.length);
  if (known >= 0) return known;
  const hash = hashOf(word, 0, word.length);
  const number = words.length;
  words.push(word);
  const numbers = byHash.get(hash);
  if (numbers) numbers.push(number);
  else byHash.set(hash, [number]);
  return number;
}

/** How many words are numbered: a list numbered when there were fewer may hold words numbered since. */
export function numberedWords(): number {
  return words.length;
}
