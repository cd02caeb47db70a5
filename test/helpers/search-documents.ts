import type { SearchableDocument } from '../../src/services/search-index.js';

/** A searchable document of our own: Spanish, dated 4 September 2025, titled by its first line. */
export const searchableDocument = (
  id: string,
  text: string,
  extra: Partial<SearchableDocument> = {},
): SearchableDocument => ({
  id,
  text,
  title: text.split('\n')[0] ?? null,
  published: '2025-09-04',
  language: 'es',
  source: `${id}.txt`,
  chrome: [],
  entities: new Set(),
  ...extra,
});

/**
 * Three documents both search indexes are tested on (our own sentences, in both languages): accents,
 * furniture, a dotted capital I, languages, dates and an entity to filter by.
 */
export const searchDocuments: readonly SearchableDocument[] = [
  searchableDocument(
    'a',
    'Reunión en Palacio\n\nEl secretario Omar García Harfuch viajó a México con el canciller.\n\nSuscríbase a nuestro boletín',
    { chrome: [{ start: 88, end: 116 }] },
  ),
  searchableDocument(
    'b',
    'Talks in Washington\n\nMexico and the United States agreed to meet again. Mexico will host.',
    {
      language: 'en',
      published: '2025-10-01',
      entities: new Set(['country:mex']),
    },
  ),
  searchableDocument('c', 'İstanbul note\n\nİİ Garcia spoke in Mexico City on security.', {
    language: 'en',
    published: '2024-01-01',
  }),
];
