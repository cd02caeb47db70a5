import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode-bytes.js';

const spanish = 'La Secretaría informó que la reunión será en Ciudad Juárez.';

describe('decodeBytes', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeBytes(Buffer.from(spanish), 'a.txt')).toEqual({ text: spanish, encoding: 'utf-8', warnings: [] });
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(spanish)]), 'b.txt').text).toBe(
      spanish,
    );
  });

  it('reads Windows-1252 / Latin-1 as many Spanish sites still serve it', () => {
    const latin1 = Buffer.from(spanish, 'latin1');
    expect(decodeBytes(latin1, 'c.txt')).toEqual({ text: spanish, encoding: 'windows-1252', warnings: [] });
    // Curly quotes live in the 0x80–0x9F range that only Windows-1252 defines.
    expect(decodeBytes(Buffer.from([0x93, 0x48, 0x6f, 0x6c, 0x61, 0x94]), 'd.txt').text).toBe('“Hola”');
  });

  it('follows a declared charset when the bytes are not UTF-8', () => {
    expect(decodeBytes(Buffer.from(spanish, 'latin1'), 'e.html', 'ISO-8859-1').encoding).toBe('windows-1252');
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(spanish, 'utf16le')]);
    expect(decodeBytes(utf16, 'f.txt')).toEqual({ text: spanish, encoding: 'utf-16le', warnings: [] });
  });

  it('replaces stray bytes in otherwise UTF-8 text and says where', () => {
    const bytes = Buffer.concat([Buffer.from('Señal '), Buffer.from([0xc0]), Buffer.from(' débil')]);
    const decoded = decodeBytes(bytes, 'g.txt');
    expect(decoded.text).toBe('Señal \uFFFD débil');
    expect(decoded.warnings).toEqual(['g.txt: 1 invalid UTF-8 byte replaced with U+FFFD (first at byte 7)']);
  });

  it('refuses binary data and NUL bytes with the reason', () => {
    expect(() => decodeBytes(Buffer.from('%PDF-1.7\n...'), 'h.txt')).toThrow(
      'h.txt: is binary (a PDF: give it the .pdf extension to read it as one), not a text document',
    );
    expect(() =>
      decodeBytes(Buffer.from(Array.from({ length: 100 }, (_, i) => (i % 4 === 0 ? 2 : 65))), 'i.txt'),
    ).toThrow(/i\.txt: is binary \(25% control bytes\)/);
    expect(() => decodeBytes(Buffer.from('abc\0def'), 'j.txt')).toThrow(
      'j.txt: contains NUL bytes (first at byte 3); refusing it as corrupt or binary',
    );
  });
});
