/**
 * Every word of every phrase list, numbered. A document's words are looked up here once, straight
 * from the characters of its lower-cased text; matchers then compare numbers. Looking each word up
 * as a string would first cut it out and hash it: texts with curly quotes are two-byte strings, and
 * that cost more than the rest of the matchers' scans.
 */

/** The words by number. */
const words: string[] = [];
/** The hash of each word, by number. */
const hashes: number[] = [];
/**
 * An open-addressing table from a word's hash to its number plus one (0: an empty slot), probed
 * linearly and kept at most half full. Every word of every document is looked up here, and an
 * integer table is cheaper than a map of lists.
 */
let slots = new Int32Array(1 << 12);

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
  const hash = hashOf(text, start, end);
  const mask = slots.length - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const entry = slots[slot]!;
    if (entry === 0) return -1;
    if (hashes[entry - 1] === hash && spells(words[entry - 1]!, text, start, end)) return entry - 1;
  }
}

/** Puts a word's number in the first free slot from its hash's. */
function place(number: number): void {
  const mask = slots.length - 1;
  let slot = hashes[number]! & mask;
  while (slots[slot] !== 0) slot = (slot + 1) & mask;
  slots[slot] = number + 1;
}

/** The number of a (lower-case) word, numbering it if it is new. */
export function wordNumber(word: string): number {
  const known = wordNumberAt(word, 0, word.length);
  if (known >= 0) return known;
  const number = words.length;
  words.push(word);
  hashes.push(hashOf(word, 0, word.length));
  if (words.length * 2 > slots.length) {
    slots = new Int32Array(slots.length * 2);
    for (let n = 0; n < words.length; n++) place(n);
  } else place(number);
  return number;
}

/** How many words are numbered: a list numbered when there were fewer may hold words numbered since. */
export function numberedWords(): number {
  return words.length;
}
