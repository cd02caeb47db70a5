import type { Span } from '../core/index.js';

/** One line of a text, trimmed of surrounding whitespace; `blank` lines hold only whitespace. */
export interface Line extends Span {
  readonly index: number;
  readonly blank: boolean;
}

/** Splits a text into lines (LF, CRLF or CR), each span trimmed of spaces, tabs and no-break spaces. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const pattern = /\r\n|\r|\n/g;
  let lineStart = 0;
  const push = (end: number) => {
    let start = lineStart;
    let stop = end;
    while (start < stop && isSpace(text.charCodeAt(start))) start++;
    while (stop > start && isSpace(text.charCodeAt(stop - 1))) stop--;
    lines.push({ start, end: stop, index: lines.length, blank: start === stop });
  };
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    push(match.index);
    lineStart = match.index + match[0].length;
  }
  push(text.length);
  return lines;
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 0xa0 ||
    code === 0x2007 ||
    code === 0x202f ||
    code === 0xfeff ||
    code === 0x3000 ||
    code === 11 ||
    code === 12
  );
}
