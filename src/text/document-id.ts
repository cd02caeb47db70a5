import { createHash } from 'node:crypto';
import { normalizeForIdentity } from './normalize.js';

/** A document's identity: the first 16 hex digits of the SHA-256 of its normalized content. */
export function documentIdOf(text: string): string {
  return createHash('sha256').update(normalizeForIdentity(text)).digest('hex').slice(0, 16);
}
