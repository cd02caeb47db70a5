/** A value of one CSV cell: text, a number, or nothing (an empty cell). */
export type CsvValue = string | number | boolean | null | undefined;

/** One CSV table: its columns, in order, and rows keyed by column name. */
export interface CsvTable<Column extends string = string> {
  readonly columns: readonly Column[];
  readonly rows: readonly Readonly<Record<Column, CsvValue>>[];
}

// A spreadsheet runs a cell that opens with one of these as a formula; text from the web may.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** One cell as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
function cell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'string' ? value : String(value);
  // Text that a spreadsheet would take for a formula gets a leading apostrophe; numbers stay numbers.
  if (typeof value === 'string' && FORMULA_START.test(text) && !NUMBER.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes a table as CSV (RFC 4180): a header row of the column names, CRLF line ends, fields with
 * commas, quotes or line breaks quoted, and a UTF-8 byte-order mark first, so that spreadsheets read
 * accented letters right.
 */
export function toCsv<Column extends string>(table: CsvTable<Column>): string {
  const lines = [table.columns.map(cell).join(',')];
  for (const row of table.rows) lines.push(table.columns.map((column) => cell(row[column])).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
