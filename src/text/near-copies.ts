/**
 * Copies of one story: the same wire report on several sites, with other furniture, a few words
 * edited, or cut short. Each body becomes a set of shingles (runs of four words, case and accents
 * folded, hashed); a MinHash signature of 128 values, cut into 64 bands of two, finds candidate
 * pairs without comparing every pair; each candidate is then checked on the shingles themselves.
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

/** The shingles of a body: its runs of four words, folded (case, accents), hashed. */
export function shinglesOf(body: string): Set<number> {
  // Every body of a collection is shingled: an ASCII body skips the Unicode decomposition, and each
  // shingle is hashed in place (the same value as hashing the words joined by spaces).
  const folded = NON_ASCII.test(body) ? body.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : body;
  const words = (folded.toLowerCase().match(WORD) ?? []) as string[];
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) shingles.add(hashWords(words, i, SHINGLE_WORDS));
  return shingles;
}

/** The MinHash signature of a set of shingles: for each seed, the least mixed value. */
export function signatureOf(shingles: ReadonlySet<number>): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const value = mix(shingle ^ SEEDS[i]!);
      if (value < signature[i]!) signature[i] = value;
    }
  }
  return signature;
}

/** The band keys of a signature ("band:hash"): two bodies sharing a key are compared. Empty for a body too short to be a copy. */
export function bandKeysOf(shingles: ReadonlySet<number>): string[] {
  if (shingles.size < MIN_SHINGLES) return [];
  const signature = signatureOf(shingles);
  const keys: string[] = [];
  for (let band = 0; band < SIGNATURE_SIZE / BAND_ROWS; band++) {
    let hash = 0;
    for (let row = 0; row < BAND_ROWS; row++) hash = mix(hash ^ signature[band * BAND_ROWS + row]!);
    keys.push(`${band}:${hash.toString(36)}`);
  }
  return keys;
}

/** How alike two bodies are: Jaccard over their shingles, and the share of the smaller's shingles the other holds. */
export interface Likeness {
  readonly jaccard: number;
  readonly containment: number;
}

/** Compares two shingle sets exactly. */
export function likenessOf(a: ReadonlySet<number>, b: ReadonlySet<number>): Likeness {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared++;
  const union = a.size + b.size - shared;
  return { jaccard: union ? shared / union : 0, containment: small.size ? shared / small.size : 0 };
}

/** Whether two bodies are copies of one story. */
export function isCopy(a: ReadonlySet<number>, b: ReadonlySet<number>): Likeness | null {
  if (Math.min(a.size, b.size) < MIN_SHINGLES) return null;
  const likeness = likenessOf(a, b);
  return likeness.containment >= COPY_CONTAINMENT ? likeness : null;
}

/** One story told by several documents that are copies of each other; `story` is the fullest. */
export interface CopyGroup {
  readonly story: string;
  readonly copies: ReadonlyArray<{ readonly document: string } & Likeness>;
}

/**
 * Groups documents whose bodies are copies of one story. Candidates come from shared band keys;
 * each is checked exactly. A group's story is its longest body (ties: the first given), and every
 * other member is listed as a copy with its likeness to it. Documents without copies are left out.
 */
export function findCopyGroups(documents: ReadonlyArray<{ readonly id: string; readonly body: string }>): CopyGroup[] {
  const shingles = documents.map((document) => shinglesOf(document.body));
  const parent = documents.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const buckets = new Map<string, number[]>();
  documents.forEach((document, i) => {
    // How many bands each earlier body shares with this one: copies share many (64·J² on average
    // for a Jaccard J), bodies that only share a paragraph one or two. Only the latest members of a
    // bucket are counted: a paragraph every page carries fills a bucket with bodies that are not
    // copies, and counting them all would cost the square of the collection.
    const shared = new Map<number, number>();
    for (const key of bandKeysOf(shingles[i]!)) {
      const bucket = buckets.get(key);
      if (!bucket) {
        buckets.set(key, [i]);
        continue;
      }
      for (let k = bucket.length - 1; k >= Math.max(0, bucket.length - MEMBERS_COUNTED_PER_BUCKET); k--)
        shared.set(bucket[k]!, (shared.get(bucket[k]!) ?? 0) + 1);
      bucket.push(i);
    }
    const candidates = [...shared]
      .filter(([j, bands]) => bands >= MIN_SHARED_BANDS && documents[j]!.id !== document.id)
      .sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    let asked = 0;
    for (const [j] of candidates) {
      if (asked >= CANDIDATES_CHECKED) break;
      if (find(i) === find(j)) continue;
      asked++;
      if (isCopy(shingles[i]!, shingles[j]!)) {
        const [x, y] = [find(i), find(j)];
        parent[Math.max(x, y)] = Math.min(x, y);
      }
    }
  });
  const groups = new Map<number, number[]>();
  documents.forEach((_, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  });
  return [...groups.values()]
    .filter((members) => members.length > 1)
    .map((members) => {
      const story = members.reduce((best, i) => (shingles[i]!.size > shingles[best]!.size ? i : best), members[0]!);
      const copies = members
        .filter((i) => i !== story)
        .map((i) => ({ document: documents[i]!.id, ...likenessOf(shingles[story]!, shingles[i]!) }));
      return { story: documents[story]!.id, copies };
    });
}
