import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';

const read = (csv: string) => parse(csv, { bom: true, columns: true }) as Array<Record<string, string>>;

describe('toCsv', () => {
  it('writes what a CSV parser reads back: commas, quotes, line breaks and accents', () => {
    const rows = [
      { id: 'a', text: 'Sheinbaum said, "we will not accept it," and left.', n: 12 },
      { id: 'b', text: 'Dijo: «México coopera»\n\nY añadió que seguirá.', n: 3.5 },
      { id: 'c', text: null, n: null },
    ];
    const csv = toCsv({ columns: ['id', 'text', 'n'], rows });
    expect(csv.startsWith('\ufeffid,text,n\r\n')).toBe(true);
    expect(read(csv)).toEqual([
      { id: 'a', text: 'Sheinbaum said, "we will not accept it," and left.', n: '12' },
      { id: 'b', text: 'Dijo: «México coopera»\n\nY añadió que seguirá.', n: '3.5' },
      { id: 'c', text: '', n: '' },
    ]);
  });

  it('keeps a spreadsheet from running text as a formula, and leaves numbers alone', () => {
    const csv = toCsv({
      columns: ['text', 'value'],
      rows: [
        { text: '=HYPERLINK("x")', value: -4 },
        { text: '-12', value: '@home' },
      ],
    });
    expect(read(csv)).toEqual([
      { text: '\'=HYPERLINK("x")', value: '-4' },
      { text: '-12', value: "'@home" },
    ]);
  });
});
