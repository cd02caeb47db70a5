import { InputError } from '../core/index.js';
import { decodeBytes } from './decode-bytes.js';
import type { ReadResult, Reader } from './reader.js';

/** Plain text: the decoded input is the text, exactly as read (minus a byte-order mark). */
export const textReader = {
  format: 'text',
  extensions: ['.txt', '.text'],
  read(bytes: Uint8Array, input: string): ReadResult {
    const { text, encoding, warnings } = decodeBytes(bytes, input);
    if (!text.trim()) throw new InputError(input, 'has no text (only whitespace)');
    return { text, format: 'text', encoding, hints: {}, warnings };
  },
} satisfies Reader;

/** Markdown: read as text; the first "# " heading is offered as the title. */
export const markdownReader = {
  format: 'markdown',
  extensions: ['.md', '.markdown'],
  read(bytes: Uint8Array, input: string): ReadResult {
    const result = textReader.read(bytes, input);
    const heading = /^#\s+(.+?)\s*#*\s*$/m.exec(result.text);
    return { ...result, format: 'markdown', hints: { title: heading?.[1] ?? null } };
  },
} satisfies Reader;
