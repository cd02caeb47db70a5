import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { eld as Eld } from 'eld/small';
import { forEachLatinWord } from '../../../text/latin.js';

// Words so frequent in one of our two languages, and absent from the other, that a clear majority
// of them settles the question before the n-gram detector runs (it is most of the clean stage's cost).
const ENGLISH = new Set([
  'the',
  'and',
  'of',
  'to',
  'was',
  'with',
  'that',
  'is',
  'for',
  'on',
  'has',
  'have',
  'are',
  'by',
  'said',
  'would',
  'which',
]);
const SPANISH = new Set([
  'el',
  'los',
  'las',
  'y',
  'del',
  'que',
  'una',
  'con',
  'por',
  'para',
  'se',
  'al',
  'su',
  'es',
  'dijo',
  'como',
]);
/** Articles only one of the two languages has: at least this many must be seen. */
const MARKERS = { en: new Set(['the']), es: new Set(['el', 'los', 'las']) };
const SAMPLE = 1200;
const LONGEST_FUNCTION_WORD = Math.max(...[...ENGLISH, ...SPANISH].map((word) => word.length));

// The detector's n-gram tables take about 145 MB once loaded: they are loaded at the first detection
// (synchronously: the package is an ES module without top-level await, which `require` loads), so
// that a thread that never detects — the main thread while worker threads analyse — never holds them.
let detector: typeof Eld | undefined;

/** The n-gram language detector, loaded on first use. */
export function languageDetector(): typeof Eld {
  if (!detector) {
    const load = createRequire(import.meta.url);
    detector = (load(fileURLToPath(import.meta.resolve('eld/small'))) as { eld: typeof Eld }).eld;
  }
  return detector;
}

/** Detects a text's language as an ISO 639-1 code, or null when the sample is too short or unclear. */
export function detectLanguage(sample: string): string | null {
  if (sample.trim().length < 20) return null;
  const head = sample.slice(0, SAMPLE);
  return byFunctionWords(head) ?? (languageDetector().detect(head).language || null);
}

/** "en" or "es" when one language's function words outnumber the other's five to one, else null. */
function byFunctionWords(text: string): 'en' | 'es' | null {
  let en = 0;
  let es = 0;
  let enMarkers = 0;
  let esMarkers = 0;
  // Latin letters by table (no Unicode classes): the function words are all written with them, and
  // none is longer than five letters, so longer words are not even cut out.
  const lower = text.toLowerCase();
  forEachLatinWord(lower, (at, end) => {
    if (end - at > LONGEST_FUNCTION_WORD) return;
    const word = lower.slice(at, end);
    if (ENGLISH.has(word)) {
      en++;
      if (MARKERS.en.has(word)) enMarkers++;
    }
    if (SPANISH.has(word)) {
      es++;
      if (MARKERS.es.has(word)) esMarkers++;
    }
  });
  if (en >= 12 && enMarkers >= 3 && en >= 5 * es) return 'en';
  if (es >= 12 && esMarkers >= 3 && es >= 5 * en) return 'es';
  return null;
}
