import { InputError } from '../core/index.js';
import { decodeBytes } from './decode-bytes.js';
import type { Declared, ReadLimits, ReadResult, Reader } from './reader.js';

/** Plain text: the decoded input is the text, exactly as read (minus a byte-order mark). */
export const textReader = {
  format: 'text',
  extensions: ['.txt', '.text'],
  read(bytes: Uint8Array, input: string, _limits?: ReadLimits, declared?: Declared): ReadResult {
    const { text, encoding, warnings } = decodeBytes(bytes, input, declared?.charset);
    if (!text.trim()) throw new InputError(input, 'has no text (only whitespace)');
    return { text, format: 'text', encoding, hints: {}, warnings };
  },
} satisfies Reader;
