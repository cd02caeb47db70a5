import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { detectLanguage } from '../src/pipeline/stages/clean/language.js';
import { castFor } from './cast.js';

/** A deterministic pseudo-random generator (mulberry32), so every run benches the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function textFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...textFiles(path));
    else if (/\.(txt|md)$/.test(name)) out.push(path);
  }
  return out;
}

const FURNITURE_TOP = ['Menu   Search   Sign in', 'Weather   Markets   Live', 'Logo image'];
const FURNITURE_BOTTOM = [
  'Share this article',
  'Sign up for our newsletter',
  'Related:\n\nBorder Inspections Rise Again\n\nNavy Seizes Fuel Tanker',
];

/**
 * Builds `count` articles of about `size` characters by recombining paragraphs of the given
 * source folders (paragraphs of one language per article), each with a headline, a dateline and
 * furniture, the way scraped news arrives.
 */
export function generateCorpus(sourceDirs: readonly string[], count: number, size = 5000): string[] {
  const paragraphs = sourceDirs
    .flatMap((dir) => textFiles(dir))
    .flatMap((path) => readFileSync(path, 'utf8').split(/\n\s*\n/))
    .map((p) => p.trim())
    .filter((p) => p.split(/\s+/).length >= 25);
  if (!paragraphs.length) throw new Error(`generateCorpus: no paragraphs in ${sourceDirs.join(', ')}`);
  // A real article is written in one language: each generated one takes its paragraphs from one
  // language's pool, chosen in proportion to the pools' sizes.
  const pools = new Map<string, string[]>();
  for (const paragraph of paragraphs) {
    const language = detectLanguage(paragraph) ?? 'other';
    pools.set(language, [...(pools.get(language) ?? []), paragraph]);
  }
  const languages = [...pools.keys()].sort();
  const next = random(20250903);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const pickPool = () => {
    let at = next() * paragraphs.length;
    for (const language of languages) {
      const pool = pools.get(language)!;
      if (at < pool.length) return pool;
      at -= pool.length;
    }
    return paragraphs;
  };
  return Array.from({ length: count }, (_, i) => {
    const parts = [
      pick(FURNITURE_TOP),
      `Security Talks Continue in Round ${i + 1}`,
      `MEXICO CITY - Report ${1 + (i % 28)} Oct 2025 by Ana Ruiz and Tom Keller`,
    ];
    const pool = pickPool();
    let length = parts.join('\n\n').length;
    while (length < size) {
      const paragraph = pick(pool);
      parts.push(paragraph);
      length += paragraph.length + 2;
    }
    parts.push(pick(FURNITURE_BOTTOM));
    return parts.join('\n\n');
  });
}

const OWN_WORDS = [
  'harbour',
  'convoy',
  'permit',
  'ledger',
  'patrol',
  'customs',
  'cargo',
  'warehouse',
  'inspector',
  'tanker',
  'radio',
  'checkpoint',
  'bridge',
  'clinic',
  'railway',
  'auditor',
  'license',
  'shipment',
  'border',
  'archive',
  'council',
  'district',
  'factory',
  'garage',
];

/**
 * Like `generateCorpus`, but no two articles are copies of one story (which the store keeps as that
 * story): each ends with a paragraph of its own, longer than what it shares with the others.
 */
export function generateDistinctCorpus(sourceDirs: readonly string[], count: number, size = 5000): string[] {
  const next = random(20251206);
  return generateCorpus(sourceDirs, count, size).map((text) => {
    const words = Array.from({ length: Math.ceil(size / 4) }, () => OWN_WORDS[Math.floor(next() * OWN_WORDS.length)]!);
    const sentences: string[] = [];
    for (let i = 0; i < words.length; i += 12) {
      const sentence = words.slice(i, i + 12).join(' ');
      sentences.push(`${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`);
    }
    return `${text}\n\n${sentences.join(' ')}`;
  });
}

/**
 * Articles `from` to `from + count - 1` of an endless distinct corpus: each is made from its own
 * seed, so a batch is made without the ones before it (100,000 articles never sit in memory at
 * once). Like `generateDistinctCorpus`, no two are copies of one story.
 */
export function distinctArticles(sourceDirs: readonly string[], from: number, count: number, size = 5000): string[] {
  const pool = sourcePool(sourceDirs);
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    const next = random(7_000_003 + i * 7919);
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
    const parts = [
      pick(FURNITURE_TOP),
      `Security Talks Continue in Round ${i + 1}`,
      `MEXICO CITY - Report ${1 + (i % 28)} Oct 2025 by Ana Ruiz and Tom Keller`,
    ];
    const paragraphs = pick(pool);
    for (let length = parts.join('\n\n').length; length < size;) {
      const paragraph = pick(paragraphs);
      parts.push(paragraph);
      length += paragraph.length + 2;
    }
    parts.push(pick(FURNITURE_BOTTOM));
    const words = Array.from({ length: Math.ceil(size / 4) }, () => pick(OWN_WORDS));
    const sentences: string[] = [];
    for (let w = 0; w < words.length; w += 12) {
      const sentence = words.slice(w, w + 12).join(' ');
      sentences.push(`${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`);
    }
    return `${parts.join('\n\n')}\n\n${sentences.join(' ')}`;
  });
}

const pools = new Map<string, string[][]>();

/** The source folders' paragraphs of 25 words or more, one list per language; read once. */
function sourcePool(sourceDirs: readonly string[]): string[][] {
  const key = sourceDirs.join('\n');
  const known = pools.get(key);
  if (known) return known;
  const byLanguage = new Map<string, string[]>();
  for (const path of sourceDirs.flatMap((dir) => textFiles(dir))) {
    for (const paragraph of readFileSync(path, 'utf8')
      .split(/\n\s*\n/)
      .map((p) => p.trim())) {
      if (paragraph.split(/\s+/).length < 25) continue;
      const language = detectLanguage(paragraph) ?? 'other';
      byLanguage.set(language, [...(byLanguage.get(language) ?? []), paragraph]);
    }
  }
  const made = [...byLanguage.keys()].sort().map((language) => byLanguage.get(language)!);
  pools.set(key, made);
  return made;
}

/**
 * `count` short articles (about 600 characters), each distinct: a headline, a dateline, one
 * sentence of the source folders (so that some speak of what an agreement commits to and draw
 * proposals) and a paragraph of its own twice as long, so that no two are copies of one story. For
 * tests that need thousands of documents at little cost.
 */
export function shortDistinctArticles(sourceDirs: readonly string[], count: number): string[] {
  const sentences = sourcePool(sourceDirs)
    .flat()
    .flatMap((paragraph) => paragraph.split(/(?<=[.!?])\s+(?=[A-ZÁÉÍÓÚÑ“"])/u))
    .filter((sentence) => sentence.length >= 60 && sentence.length <= 240);
  if (!sentences.length) throw new Error(`shortDistinctArticles: no sentences in ${sourceDirs.join(', ')}`);
  const next = random(20261206);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const words = Array.from({ length: 48 }, () => pick(OWN_WORDS));
    const own: string[] = [];
    for (let w = 0; w < words.length; w += 12) {
      const sentence = words.slice(w, w + 12).join(' ');
      own.push(`${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`);
    }
    return [
      `Security Talks Continue in Round ${i + 1}`,
      `MEXICO CITY - Report ${1 + (i % 28)} Oct 2025`,
      pick(sentences),
      own.join(' '),
    ].join('\n\n');
  });
}

/**
 * Like `generateCorpus`, with a cast that grows with `count` (see cast.ts): each article's byline
 * names two of its people, and two paragraphs report events of the collection that other articles
 * report too, so that thousands of distinct people and organisations are shared across articles.
 */
export function castCorpus(sourceDirs: readonly string[], count: number, size = 5000): string[] {
  const next = random(20261207);
  const cast = castFor(count, next);
  return generateCorpus(sourceDirs, count, size).map((text) => {
    const parts = text.replace('by Ana Ruiz and Tom Keller', `by ${cast.byline()}`).split('\n\n');
    parts.splice(3, 0, cast.paragraph());
    parts.splice(parts.length - 1, 0, cast.paragraph());
    return parts.join('\n\n');
  });
}
