import { describe, expect, it } from 'vitest';
import { searchDocuments } from '#test/helpers/search-documents.js';
import { foldText, SearchIndex } from './search-index.js';

const docs = searchDocuments;

describe('search', () => {
  it('folds accents and case both ways, and keeps every offset in the text', () => {
    const index = new SearchIndex(docs);
    const mexico = index.search('Mexico');
    expect(mexico.hits.map((h) => h.document).sort()).toEqual(['a', 'b', 'c']);
    for (const hit of mexico.hits) {
      const text = docs.find((d) => d.id === hit.document)!.text;
      expect(foldText(text.slice(hit.start, hit.end))).toBe('mexico');
    }
    expect(index.search('méxico').total).toBe(mexico.total);
    const { hits } = index.search('Garcia Harfuch');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.marks.map((m) => hits[0]!.snippet.slice(m.start, m.end))).toEqual(['García', 'Harfuch']);
  });

  it('matches every word, not any, and skips page furniture', () => {
    const index = new SearchIndex(docs);
    expect(index.search('Garcia Washington').total).toBe(0);
    expect(index.search('Mexico security').hits.map((h) => h.document)).toEqual(['c']);
    expect(index.search('boletín').total).toBe(0);
  });

  it('ranks a passage that says the words more often first', () => {
    const { hits } = new SearchIndex(docs).search('Mexico');
    expect(hits[0]!.document).toBe('b');
  });

  it('filters by language, date, source and entity', () => {
    const index = new SearchIndex(docs);
    expect(
      index
        .search('Mexico', { language: 'en' })
        .hits.map((h) => h.document)
        .sort(),
    ).toEqual(['b', 'c']);
    expect(
      index
        .search('Mexico', { from: '2025-01-01' })
        .hits.map((h) => h.document)
        .sort(),
    ).toEqual(['a', 'b']);
    expect(
      index
        .search('Mexico', { to: '2025-09' })
        .hits.map((h) => h.document)
        .sort(),
    ).toEqual(['a', 'c']);
    expect(index.search('Mexico', { entity: 'country:mex' }).hits.map((h) => h.document)).toEqual(['b']);
    expect(index.search('Mexico', { source: 'A.TXT' }).hits.map((h) => h.document)).toEqual(['a']);
  });

  it('finds the same when built a few documents per turn', async () => {
    const built = await SearchIndex.build(docs, () => new Promise((resolve) => setImmediate(resolve)), 1);
    for (const query of ['Mexico', 'Garcia Harfuch', 'security'])
      expect(built.search(query)).toEqual(new SearchIndex(docs).search(query));
  });
});
