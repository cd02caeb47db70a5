import { InputError } from '../core/index.js';

/** Text decoded from bytes, with the encoding used and anything worth telling the user. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: string;
  readonly warnings: readonly string[];
}

// Magic numbers of formats that are never text, with the name a user knows them by.
const SIGNATURES: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive or Office document', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['an executable (ELF)', [0x7f, 0x45, 0x4c, 0x46]],
  ['a PDF: give it the .pdf extension to read it as one', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** Refuses bytes that are not text: known binary formats, and NUL or control bytes. */
function assertText(bytes: Uint8Array, input: string): void {
  for (const [name, signature] of SIGNATURES) {
    if (startsWith(bytes, signature)) throw new InputError(input, `is binary (${name}), not a text document`);
  }
  const sample = bytes.subarray(0, 65536);
  let controls = 0;
  for (const byte of sample) if (byte < 9 || (byte > 13 && byte < 32 && byte !== 27)) controls++;
  // Too short a sample says little: a few bytes with one NUL are a corrupt text, not a binary.
  if (sample.length >= 64 && controls / sample.length > 0.05) {
    throw new InputError(
      input,
      `is binary (${Math.round((100 * controls) / sample.length)}% control bytes), not a text document`,
    );
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    throw new InputError(input, `contains NUL bytes (first at byte ${nul}); refusing it as corrupt or binary`);
}

/** Counts well-formed multi-byte UTF-8 sequences and the bytes that break UTF-8, with the first bad offset. */
function scanUtf8(bytes: Uint8Array): { multibyte: number; invalid: number; firstInvalid: number } {
  let multibyte = 0;
  let invalid = 0;
  let firstInvalid = -1;
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i]!;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      if (length > 1) multibyte++;
      i += length;
    } else {
      invalid++;
      if (firstInvalid < 0) firstInvalid = i;
      i++;
    }
  }
  return { multibyte, invalid, firstInvalid };
}

/**
 * Decodes a document's bytes. Order: byte-order mark; valid UTF-8; UTF-8 with a few broken bytes
 * (replaced with U+FFFD, and a warning says where); the charset the document declares; otherwise
 * Windows-1252, which many Spanish-language sites still serve.
 */
export function decodeBytes(bytes: Uint8Array, input: string, declaredCharset?: string | null): DecodedText {
  // A byte-order mark says how to decode, but not that what follows is text: it is checked too.
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    assertText(bytes.subarray(3), input);
    return decodeUtf8(bytes.subarray(3), input, 'utf-8');
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = new TextDecoder(encoding).decode(bytes.subarray(2));
    assertText(Buffer.from(text, 'utf8'), input);
    return { text, encoding, warnings: [] };
  }
  assertText(bytes, input);
  const scan = scanUtf8(bytes);
  if (scan.invalid === 0) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', warnings: [] };
  const declared = declaredCharset ? normalizeCharset(declaredCharset) : null;
  if (scan.multibyte >= scan.invalid && declared !== 'windows-1252') return decodeUtf8(bytes, input, 'utf-8', scan);
  const encoding = declared && declared !== 'utf-8' ? declared : 'windows-1252';
  if (encoding === 'windows-1252') return { text: decodeWindows1252(bytes), encoding, warnings: [] };
  try {
    return { text: new TextDecoder(encoding).decode(bytes), encoding, warnings: [] };
  } catch (error) {
    throw new InputError(input, `declares the unknown character encoding "${declaredCharset}"`, { cause: error });
  }
}

function decodeUtf8(bytes: Uint8Array, input: string, encoding: string, scan = scanUtf8(bytes)): DecodedText {
  const text = new TextDecoder('utf-8').decode(bytes);
  const warnings =
    scan.invalid > 0
      ? [
          `${input}: ${scan.invalid} invalid UTF-8 byte${scan.invalid === 1 ? '' : 's'} replaced with U+FFFD (first at byte ${scan.firstInvalid})`,
        ]
      : [];
  return { text, encoding, warnings };
}

function normalizeCharset(label: string): string | null {
  const folded = label.trim().toLowerCase();
  // A page found by reading its bytes as ASCII cannot be UTF-16, whatever it declares: browsers
  // read such a declaration as UTF-8, and so does this.
  if (folded === 'utf8' || folded === 'utf-8' || folded.startsWith('utf-16')) return 'utf-8';
  if (['latin1', 'latin-1', 'iso-8859-1', 'iso8859-1', 'windows-1252', 'cp1252', 'us-ascii', 'ascii'].includes(folded))
    return 'windows-1252';
  return folded;
}

// Node's TextDecoder treats windows-1252 as ISO-8859-1, which leaves 0x80–0x9F as C1 controls;
// Windows-1252 puts curly quotes, dashes and the euro sign there. Undefined slots stay as they are.
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(
      ...Array.from(chunk, (byte) => (byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte)),
    );
  }
  return text;
}
