/**
 * A line safe to print on a terminal: control characters (newlines, escape codes, C1 controls) and
 * bidirectional overrides are written as escapes, so a file named `a\nb` or `\x1b[2J` cannot split a
 * line, fake another message or drive the terminal.
 */
export function printable(line: string): string {
  return line.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (char) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    const code = char.charCodeAt(0);
    return (
      named[char] ??
      (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`)
    );
  });
}
