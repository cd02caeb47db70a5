import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** Marks a packed value: JSON never starts with it. */
const PACKED = 'z:';
/** Below this many characters, JSON is kept as it is: packing would save little. */
const SMALLEST = 256;

/**
 * JSON as stored in a text column: deflated and in base64 when long (a document's layers shrink to
 * about a fifth), as it is when short. Text columns, so both dialects store it alike.
 */
export function packJson(json: string): string {
  if (json.length < SMALLEST) return json;
  return `${PACKED}${deflateRawSync(json).toString('base64')}`;
}

/** The JSON of a stored value, packed or not (rows stored before packing are plain JSON). */
export function unpackJson(stored: string): string {
  return stored.startsWith(PACKED)
    ? inflateRawSync(Buffer.from(stored.slice(PACKED.length), 'base64')).toString('utf8')
    : stored;
}
