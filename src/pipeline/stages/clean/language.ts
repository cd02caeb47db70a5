import { eld } from 'eld/small';

/** Detects a text's language as an ISO 639-1 code, or null when the sample is too short or unclear. */
export function detectLanguage(sample: string): string | null {
  if (sample.trim().length < 20) return null;
  const result = eld.detect(sample.slice(0, 1200));
  return result.language || null;
}
