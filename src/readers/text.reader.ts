import { InputError } from '../core/index.js';
import { decodeBytes } from './decode-bytes.js';
import type { Reader } from './reader.js';

/** Plain text: the decoded input is the text, exactly as read (minus a byte-order mark). */
export const textReader: Reader = {
  format: 'text',
  extensions: ['.txt', '.text'],
  read(bytes, input) {
    const { text, encoding, warnings } = decodeBytes(bytes, input);
    if (!text.trim()) throw new InputError(input, 'has no text (only whitespace)');
    return { text, format: 'text', encoding, hints: {}, warnings };
  },
};
