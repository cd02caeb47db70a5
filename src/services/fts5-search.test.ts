import { sql } from 'kysely';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { newTestStore } from '../../test/helpers/store.js';
import { searchableDocument, searchDocuments } from '#test/helpers/search-documents.js';
import { Fts5Search } from './fts5-search.js';
import { foldText, SearchIndex, type SearchFilters } from './search-index.js';

// Our own sentences, in both languages: the three every search index is tested on, and one more.
const docs = [
  ...searchDocuments,
  searchableDocument(
    'd',
    'Operativo en la frontera\n\nLas autoridades de MÉXICO cerraron dos túneles; "México" y "OR" aparecen entre comillas.',
    { published: '2025-11-02' },
  ),
];

describe('search in the SQLite store (FTS5)', () => {
  let close: (() => Promise<void>) | null = null;
  afterEach(async () => {
    await close?.();
    close = null;
  });

  const open = async () => {
    const store = await newTestStore('sqlite');
    close = store.close;
    return store.db;
  };

  it('finds what the in-memory index finds, for every word and filter, accents and case folded', async () => {
    const db = await open();
    const fts = await Fts5Search.sync(db, docs, nextTurn, 2);
    const memory = new SearchIndex(docs);
    const queries: Array<[string, SearchFilters]> = [
      ['Mexico', {}],
      ['méxico', {}],
      ['MEXICO', { language: 'en' }],
      ['Garcia Harfuch', {}],
      ['garcía harfuch', {}],
      ['Garcia Washington', {}],
      ['Mexico security', {}],
      ['boletín', {}],
      ['Mexico', { from: '2025-01-01' }],
      ['Mexico', { to: '2025-09' }],
      ['Mexico', { entity: 'country:mex' }],
      ['Mexico', { source: 'A.TXT' }],
      ['túneles', {}],
      ['OR', {}],
      ['"México" OR', {}],
      ['NOT', {}],
    ];
    for (const [query, filters] of queries) {
      const mine = await fts.search(query, filters);
      const theirs = memory.search(query, filters);
      const passages = (r: typeof theirs) => r.hits.map((h) => `${h.document}:${h.start}`).sort();
      expect(mine.total, `${query} ${JSON.stringify(filters)}`).toBe(theirs.total);
      expect(passages(mine), query).toEqual(passages(theirs));
      for (const hit of mine.hits) {
        const text = docs.find((d) => d.id === hit.document)!.text;
        expect(hit.marks.length).toBeGreaterThan(0);
        for (const mark of hit.marks) expect(text).toContain(hit.snippet.slice(mark.start, mark.end));
        expect(foldText(text.slice(hit.start, hit.end)).length).toBe(hit.end - hit.start);
      }
    }
    const mexico = await fts.search('Mexico');
    expect(mexico.hits.map((h) => h.snippet.slice(h.marks[0]!.start, h.marks[0]!.end))).toEqual(
      expect.arrayContaining(['México', 'MÉXICO', 'Mexico']),
    );
    // Ranked by BM25: the passage that says it twice comes first, and scores run downwards.
    expect(mexico.hits[0]!.document).toBe('b');
    const scores = mexico.hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
  });

  it('indexes each document once, again only when its furniture changed, and searches only the documents served', async () => {
    const db = await open();
    const rows = async () =>
      Number((await sql<{ n: number }>`SELECT count(*) AS n FROM search_passages`.execute(db)).rows[0]!.n);
    await Fts5Search.sync(db, docs, nextTurn);
    const first = await rows();
    expect(first).toBeGreaterThan(docs.length);
    await Fts5Search.sync(db, docs, nextTurn);
    expect(await rows()).toBe(first);
    // Document a's last paragraph is no longer furniture: it is indexed again, with that paragraph.
    const changed = docs.map((d) => (d.id === 'a' ? { ...d, chrome: [] } : d));
    const fts = await Fts5Search.sync(db, changed, nextTurn);
    expect(await rows()).toBe(first + 1);
    expect((await fts.search('boletín')).total).toBe(1);
    // A search over fewer documents (a collection without d) does not return d.
    const fewer = await Fts5Search.sync(
      db,
      changed.filter((d) => d.id !== 'd'),
      nextTurn,
    );
    expect((await fewer.search('túneles')).total).toBe(0);
  });
});
