/**
 * Copies of one story: the same wire report on several sites, with other furniture, a few words
 * edited, or cut short. Each body becomes a set of shingles (runs of four words, case and accents
 * folded, hashed); in a large collection a MinHash signature of 128 values, cut into 64 bands of
 * two, finds candidate pairs without comparing every pair, and each candidate is then checked on the
 * shingles themselves; in a small one every pair is checked.
 * Two bodies are copies when the shorter shares at least half (`COPY_CONTAINMENT`) of its shingles with
 * the longer, and has at least `MIN_SHINGLES` of them. Every step is deterministic.
 */

/** Words in one shingle. */
const SHINGLE_WORDS = 4;
/** Values in a MinHash signature. */
const SIGNATURE_SIZE = 128;
/** Signature values a band holds: two, so that pairs sharing a fifth of their shingles meet in some band (93 %). */
const BAND_ROWS = 2;
/** Share of the shorter body's shingles the longer must hold for the two to be copies of one story. */
export const COPY_CONTAINMENT = 0.5;
/** Shingles a body needs (about 40 words) before it can be called a copy: a headline and two lines are not a story. */
export const MIN_SHINGLES = 40;
/** Latest members of one band's bucket a new body counts shared bands with. */
export const MEMBERS_COUNTED_PER_BUCKET = 64;
/** Bands a candidate must share: two, so that a body cut to a quarter of its copy (J ≈ 0.25, four bands on average) is still met. */
export const MIN_SHARED_BANDS = 2;
/** Candidates checked exactly for each body, those sharing most bands first. */
export const CANDIDATES_CHECKED = 8;

import { forEachLatinWord, isLatinText } from './latin.js';

const WORD = /[\p{L}\p{N}]+/gu;

/** Murmur3's finalizer: mixes a 32-bit value so that each seed gives an independent ordering. */
function mix(value: number): number {
  let h = value;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(0x9e3779b9 + i * 0x632be5ab));

/** Any character outside ASCII: only then can a body hold accents to fold. */
const NON_ASCII = /[^\u0000-\u007f]/;

/** 32-bit FNV-1a (stable across runs and machines) of `words[from..from+count)` joined by single spaces, without building the joined string. */
function hashWords(words: readonly string[], from: number, count: number): number {
  let hash = 0x811c9dc5;
  for (let w = from; w < from + count; w++) {
    if (w > from) hash = Math.imul(hash ^ 0x20, 0x01000193);
    const word = words[w]!;
    for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}

/** `hashWords` over words given by where they start and end in `text`: the same value, with no word cut out. */
function hashSpans(
  text: string,
  starts: readonly number[],
  ends: readonly number[],
  from: number,
  count: number,
): number {
  let hash = 0x811c9dc5;
  for (let w = from; w < from + count; w++) {
    if (w > from) hash = Math.imul(hash ^ 0x20, 0x01000193);
    for (let i = starts[w]!; i < ends[w]!; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}

/** The hashes of a body's runs of four words, folded (case, accents), in the order of the text, repeats kept. */
function shingleHashes(body: string): Uint32Array {
  // Every body of a collection is shingled: an ASCII body skips the Unicode decomposition, and each
  // shingle is hashed in place (the same value as hashing the words joined by spaces).
  const folded = NON_ASCII.test(body) ? body.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : body;
  const lower = folded.toLowerCase();
  // Latin text (nearly all we read) is split by a table of its letters, into the words the Unicode
  // pattern finds, without a string per word.
  if (isLatinText(lower)) {
    const starts: number[] = [];
    const ends: number[] = [];
    forEachLatinWord(lower, (start, end) => {
      starts.push(start);
      ends.push(end);
    });
    const hashes = new Uint32Array(Math.max(0, starts.length - SHINGLE_WORDS + 1));
    for (let i = 0; i < hashes.length; i++) hashes[i] = hashSpans(lower, starts, ends, i, SHINGLE_WORDS);
    return hashes;
  }
  const words = (lower.match(WORD) ?? []) as string[];
  const hashes = new Uint32Array(Math.max(0, words.length - SHINGLE_WORDS + 1));
  for (let i = 0; i < hashes.length; i++) hashes[i] = hashWords(words, i, SHINGLE_WORDS);
  return hashes;
}

/**
 * The shingles of a body (its runs of four words, folded for case and accents, hashed) as a sorted
 * list without repeats: a twentieth of the memory of a set, and two lists compare in one walk.
 * A collection keeps one per document; a prepared analysis carries its body's to the storing thread.
 */
export function shinglesOf(body: string): Uint32Array {
  const hashes = shingleHashes(body).sort();
  let kept = 0;
  for (let i = 0; i < hashes.length; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[kept++] = hashes[i]!;
  return hashes.slice(0, kept);
}

/** The seeds' bits as signed 32-bit integers, for `signatureOf`. */
const SEEDS_32 = Int32Array.from(SEEDS);
/** The sign bit: flipped, it makes signed order the order of the values read as unsigned. */
const SIGN = 0x80000000 | 0;

/** The MinHash signature of a set of shingles: for each seed, the least mixed value. */
export function signatureOf(shingles: Iterable<number>): Uint32Array {
  // 128 mixes per shingle of every body of a collection: the loop runs in signed 32-bit integers
  // (unsigned values above 2³¹ would be floating-point numbers), four seeds per pass over the
  // shingles, whose four mixes the processor works on at once. The values are `mix`'s.
  const unsigned = shingles instanceof Uint32Array ? shingles : Uint32Array.from(shingles);
  const values = new Int32Array(unsigned.buffer, unsigned.byteOffset, unsigned.length);
  const signature = new Uint32Array(SIGNATURE_SIZE);
  for (let i = 0; i < SIGNATURE_SIZE; i += 4) {
    const [s0, s1, s2, s3] = [SEEDS_32[i]!, SEEDS_32[i + 1]!, SEEDS_32[i + 2]!, SEEDS_32[i + 3]!];
    // The least values so far, sign bit flipped; 0x7fffffff stands for 0xffffffff.
    let [l0, l1, l2, l3] = [0x7fffffff, 0x7fffffff, 0x7fffffff, 0x7fffffff];
    for (let k = 0; k < values.length; k++) {
      const value = values[k]!;
      let h0 = value ^ s0;
      let h1 = value ^ s1;
      let h2 = value ^ s2;
      let h3 = value ^ s3;
      h0 = Math.imul(h0 ^ (h0 >>> 16), 0x85ebca6b);
      h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b);
      h2 = Math.imul(h2 ^ (h2 >>> 16), 0x85ebca6b);
      h3 = Math.imul(h3 ^ (h3 >>> 16), 0x85ebca6b);
      h0 = Math.imul(h0 ^ (h0 >>> 13), 0xc2b2ae35);
      h1 = Math.imul(h1 ^ (h1 >>> 13), 0xc2b2ae35);
      h2 = Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35);
      h3 = Math.imul(h3 ^ (h3 >>> 13), 0xc2b2ae35);
      h0 = h0 ^ (h0 >>> 16) ^ SIGN;
      h1 = h1 ^ (h1 >>> 16) ^ SIGN;
      h2 = h2 ^ (h2 >>> 16) ^ SIGN;
      h3 = h3 ^ (h3 >>> 16) ^ SIGN;
      if (h0 < l0) l0 = h0;
      if (h1 < l1) l1 = h1;
      if (h2 < l2) l2 = h2;
      if (h3 < l3) l3 = h3;
    }
    signature[i] = l0 ^ SIGN;
    signature[i + 1] = l1 ^ SIGN;
    signature[i + 2] = l2 ^ SIGN;
    signature[i + 3] = l3 ^ SIGN;
  }
  return signature;
}

/** The band keys of a body's shingles ("band:hash"): two bodies sharing a key are compared. Empty for a body too short to be a copy. */
export function bandKeysOf(shingles: Uint32Array): string[] {
  if (shingles.length < MIN_SHINGLES) return [];
  return [...bandHashesOf(shingles)].map((hash, band) => `${band}:${hash.toString(36)}`);
}

/** The hash of each band of a signature, band by band: what `bandKeysOf` writes out. */
function bandHashesOf(shingles: Iterable<number>): Uint32Array {
  const signature = signatureOf(shingles);
  const hashes = new Uint32Array(SIGNATURE_SIZE / BAND_ROWS);
  for (let band = 0; band < hashes.length; band++) {
    let hash = 0;
    for (let row = 0; row < BAND_ROWS; row++) hash = mix(hash ^ signature[band * BAND_ROWS + row]!);
    hashes[band] = hash;
  }
  return hashes;
}

/** How alike two bodies are: Jaccard over their shingles, and the share of the smaller's shingles the other holds. */
export interface Likeness {
  readonly jaccard: number;
  readonly containment: number;
}

/**
 * How many shingles two sorted lists share, in one walk; -1 as soon as fewer than `needed` can
 * still be shared (the shingles left on either side cannot make up the rest).
 */
function sharedOfSorted(a: Uint32Array, b: Uint32Array, needed = 0): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (shared + Math.min(a.length - i, b.length - j) < needed) return -1;
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      shared++;
      i++;
      j++;
    }
  }
  return shared;
}

/** Compares two bodies' shingles (see `shinglesOf`) exactly. */
export function likenessOf(a: Uint32Array, b: Uint32Array): Likeness {
  const shared = sharedOfSorted(a, b);
  const union = a.length + b.length - shared;
  const small = Math.min(a.length, b.length);
  return { jaccard: union ? shared / union : 0, containment: small ? shared / small : 0 };
}

/**
 * Whether the shorter of two sorted shingle lists, long enough to be a copy, shares at least
 * `COPY_CONTAINMENT` of its shingles with the longer: `isCopy`'s verdict, but the walk
 * stops once the shingles left cannot make up the share, as they soon cannot for most pairs.
 */
function holdsHalf(a: Uint32Array, b: Uint32Array): boolean {
  const small = Math.min(a.length, b.length);
  if (small < MIN_SHINGLES) return false;
  const needed = COPY_CONTAINMENT * small;
  return sharedOfSorted(a, b, needed) >= needed;
}

/**
 * Whether two bodies, by their shingles (see `shinglesOf`), are copies of one story, with their
 * likeness when they are: most pairs checked are not, and the early-stopping walk says so first.
 */
export function isCopy(a: Uint32Array, b: Uint32Array): Likeness | null {
  return holdsHalf(a, b) ? likenessOf(a, b) : null;
}

/** One story told by several documents that are copies of each other; `story` is the fullest. */
export interface CopyGroup {
  readonly story: string;
  readonly copies: ReadonlyArray<{ readonly document: string } & Likeness>;
}

/**
 * Up to this many bodies, every pair is checked exactly instead of through signatures: a signature
 * costs 128 mixes of each shingle, a pair one walk of two shingle lists, so below about a hundred
 * bodies the pairs cost less, and no pair of copies is missed.
 */
export const EXACT_PAIRS_UP_TO = 48;

/**
 * Groups documents whose bodies are copies of one story. In a small collection every pair is
 * checked; in a larger one candidates come from shared band keys, and each is checked exactly. A
 * group's story is its longest body (ties: the first given), and every other member is listed as a
 * copy with its likeness to it. Documents without copies are left out. Documents are read one at a
 * time, and only each one's sorted shingles are kept.
 */
export function findCopyGroups(documents: Iterable<{ readonly id: string; readonly body: string }>): CopyGroup[] {
  const ids: string[] = [];
  const shingles: Uint32Array[] = [];
  const parent: number[] = [];
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const join = (i: number, j: number) => {
    const [x, y] = [find(i), find(j)];
    parent[Math.max(x, y)] = Math.min(x, y);
  };
  const areCopies = (i: number, j: number) => holdsHalf(shingles[i]!, shingles[j]!);
  // One map per band, from the band's hash to the bodies with it (one body alone, as most are, or a list).
  const buckets = Array.from({ length: SIGNATURE_SIZE / BAND_ROWS }, () => new Map<number, number | number[]>());
  /** Bands body `i` and checks the earlier bodies that share the most bands with it. */
  const band = (i: number) => {
    const own = shingles[i]!;
    if (own.length < MIN_SHINGLES) return;
    // How many bands each earlier body shares with this one: copies share many (64·J² on average
    // for a Jaccard J), bodies that only share a paragraph one or two. Only the latest members of a
    // bucket are counted: a paragraph every page carries fills a bucket with bodies that are not
    // copies, and counting them all would cost the square of the collection.
    const shared = new Map<number, number>();
    bandHashesOf(own).forEach((hash, band) => {
      const bucket = buckets[band]!.get(hash);
      if (bucket === undefined) {
        buckets[band]!.set(hash, i);
        return;
      }
      const members = typeof bucket === 'number' ? [bucket] : bucket;
      for (let k = members.length - 1; k >= Math.max(0, members.length - MEMBERS_COUNTED_PER_BUCKET); k--)
        shared.set(members[k]!, (shared.get(members[k]!) ?? 0) + 1);
      members.push(i);
      if (typeof bucket === 'number') buckets[band]!.set(hash, members);
    });
    const candidates = [...shared]
      .filter(([j, bands]) => bands >= MIN_SHARED_BANDS && ids[j] !== ids[i])
      .sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    let asked = 0;
    for (const [j] of candidates) {
      if (asked >= CANDIDATES_CHECKED) break;
      if (find(i) === find(j)) continue;
      asked++;
      if (areCopies(i, j)) join(i, j);
    }
  };
  const read = (document: { readonly id: string; readonly body: string }) => {
    parent.push(ids.length);
    ids.push(document.id);
    shingles.push(shinglesOf(document.body));
  };
  const iterator = documents[Symbol.iterator]();
  let next = iterator.next();
  for (; !next.done && ids.length < EXACT_PAIRS_UP_TO; next = iterator.next()) read(next.value);
  if (next.done) {
    for (let i = 1; i < ids.length; i++)
      for (let j = 0; j < i; j++) if (ids[j] !== ids[i] && find(i) !== find(j) && areCopies(i, j)) join(i, j);
  } else {
    // A larger collection: the bodies read so far are banded in their order, as if signatures had
    // been used from the start, then each later one as it comes.
    for (let i = 0; i < ids.length; i++) band(i);
    for (; !next.done; next = iterator.next()) {
      read(next.value);
      band(ids.length - 1);
    }
  }
  const groups = new Map<number, number[]>();
  ids.forEach((_, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  });
  return [...groups.values()]
    .filter((members) => members.length > 1)
    .map((members) => {
      const story = members.reduce((best, i) => (shingles[i]!.length > shingles[best]!.length ? i : best), members[0]!);
      const copies = members
        .filter((i) => i !== story)
        .map((i) => ({ document: ids[i]!, ...likenessOf(shingles[story]!, shingles[i]!) }));
      return { story: ids[story]!, copies };
    });
}
