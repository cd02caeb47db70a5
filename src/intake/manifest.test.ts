import { describe, expect, it } from 'vitest';
import { parseCsv } from './manifest-csv.js';
import { isManifestPath, parseManifest } from './manifest.js';

// ok:     {"url":"https://example.org/a","title":"…","published":"2025-09-03","text":"…"} → one entry with its metadata
// not-ok: {"title":"no article"} → "m.jsonl:1: needs the article: a text or a path"

describe('parseManifest', () => {
  it('ok: reads JSON Lines, one article a line, keeping only the fields given', () => {
    const { entries, errors } = parseManifest(
      [
        '{"url":"https://news.example.org/2025/09/03/talks","title":"Talks Resume in Monterrey","published":"2025-09-03T10:00:00-06:00","source":"The Valley Courier","language":"en-US","text":"The talks resumed on Wednesday."}',
        '',
        '{"path":"articles/nota.html","language":"es","authors":["Ana Ruiz","Luis Mora"],"rank":3}',
      ].join('\n'),
      'export.jsonl',
    );
    expect(errors).toEqual([]);
    expect(entries).toEqual([
      {
        line: 1,
        url: 'https://news.example.org/2025/09/03/talks',
        title: 'Talks Resume in Monterrey',
        published: '2025-09-03',
        source: 'The Valley Courier',
        language: 'en',
        text: 'The talks resumed on Wednesday.',
      },
      { line: 3, path: 'articles/nota.html', language: 'es', authors: ['Ana Ruiz', 'Luis Mora'] },
    ]);
  });

  it('not-ok: names each bad line with its reason, and keeps the good ones', () => {
    const { entries, errors } = parseManifest(
      [
        '{"title":"no article"}',
        '{"text":"Body.","path":"a.txt"}',
        '{"text":"Body.","published":"3 Sept 2025"}',
        '{"text":"Body.","url":"ftp://files.example.org/a"}',
        '{not json',
        '["a list"]',
        '{"text":"A good one.","language":"spanish"}',
        '{"text":"Another good one."}',
      ].join('\n'),
      'm.jsonl',
    );
    expect(errors).toEqual([
      'm.jsonl:1: needs the article: a text or a path',
      'm.jsonl:2: gives both text and path; give one',
      'm.jsonl:3: published: must be a date as YYYY-MM-DD',
      'm.jsonl:4: url: must be an http or https URL',
      expect.stringMatching(/^m\.jsonl:5: is not valid JSON \(/),
      'm.jsonl:6: is not a JSON object',
      'm.jsonl:7: language: must be a language code such as en, es or es-MX',
    ]);
    expect(entries).toEqual([{ line: 8, text: 'Another good one.' }]);
  });

  it('ok: reads CSV with a header, quoted fields holding commas, quotes and line breaks, and ; for authors', () => {
    const csv = [
      'url,title,published,source,language,authors,text',
      'https://example.org/a,"Navy Seizes Tanker, Officials Say",2025-10-02,Gulf Wire,en,Ana Ruiz; Tom Keller,"The navy said: ""We seized it.""',
      'Second paragraph."',
      'https://example.org/b,Sin fecha,,Diario del Norte,es,,"Texto breve."',
    ].join('\r\n');
    const { entries, errors } = parseManifest(`\uFEFF${csv}`, 'export.csv');
    expect(errors).toEqual([]);
    expect(entries).toEqual([
      {
        line: 2,
        url: 'https://example.org/a',
        title: 'Navy Seizes Tanker, Officials Say',
        published: '2025-10-02',
        source: 'Gulf Wire',
        language: 'en',
        authors: ['Ana Ruiz', 'Tom Keller'],
        text: 'The navy said: "We seized it."\r\nSecond paragraph.',
      },
      {
        line: 4,
        url: 'https://example.org/b',
        title: 'Sin fecha',
        source: 'Diario del Norte',
        language: 'es',
        text: 'Texto breve.',
      },
    ]);
  });

  it('not-ok: a CSV row with the wrong number of fields, or a header without text or path', () => {
    expect(parseManifest('title,text\nOne,Body one.\nTwo,Body,extra\n', 'a.csv')).toEqual({
      entries: [{ line: 2, title: 'One', text: 'Body one.' }],
      errors: ['a.csv:3: has 3 fields where the header has 2'],
    });
    expect(parseManifest('name,score\nA,1\n', 'scores.csv').errors).toEqual([
      'scores.csv:1: is not a manifest: its header names neither a text nor a path column',
    ]);
  });

  it('reads semicolon- and tab-separated files by their header', () => {
    expect(parseManifest('title;text\nUno;Cuerpo.\n', 'a.csv').entries).toEqual([
      { line: 2, title: 'Uno', text: 'Cuerpo.' },
    ]);
    expect(parseManifest('title\tpath\nUno\tuno.txt\n', 'a.tsv').entries).toEqual([
      { line: 2, title: 'Uno', path: 'uno.txt' },
    ]);
  });

  it('knows a manifest by its extension', () => {
    expect(['a.jsonl', 'b.NDJSON', 'c.csv', 'd.tsv'].map(isManifestPath)).toEqual([true, true, true, true]);
    expect(['a.json', 'b.txt'].map(isManifestPath)).toEqual([false, false]);
  });

  it('parseCsv: an empty last field and a final line without a line break', () => {
    expect(parseCsv('a,b\n1,\n2,3', ',').map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1', ''],
      ['2', '3'],
    ]);
  });
});
