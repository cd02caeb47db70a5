import { sql, type Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import {
  matchesFilters,
  passagesOf,
  queryTerms,
  toHit,
  type PassageSearch,
  type SearchableDocument,
  type SearchFilters,
  type SearchHit,
} from './search-index.js';

/** Passages written per statement: well under SQLite's limit of bound parameters. */
const ROWS_PER_INSERT = 200;

/**
 * Search over the article text in the SQLite store's FTS5 table (migration 0009): FTS5 finds the
 * passages holding every query term and ranks them by its BM25; the filters, the snippet and the
 * marks are worked out here from the served documents. The words are folded and stemmed before
 * they reach FTS5 (the same rules as the in-memory index), so "Mexico" finds "México" in either
 * language. The index lives in the store and is brought up to date with the served documents by
 * `sync`, which indexes only documents not indexed yet or whose furniture changed.
 */
export class Fts5Search implements PassageSearch {
  private constructor(
    private readonly db: Kysely<Database>,
    private readonly documents: ReadonlyMap<string, SearchableDocument>,
  ) {}

  /** Indexes what the store lacks of `documents`, a few documents per turn (`pause` between), and returns their search. */
  static async sync(
    db: Kysely<Database>,
    documents: readonly SearchableDocument[],
    pause: () => Promise<unknown>,
    perTurn = 25,
  ): Promise<Fts5Search> {
    const indexed = new Map(
      (
        await sql<{
          document_id: string;
          furniture: string;
        }>`SELECT document_id, furniture FROM search_documents`.execute(db)
      ).rows.map((row) => [row.document_id, row.furniture]),
    );
    const stale = documents.filter((document) => indexed.get(document.id) !== furnitureKey(document));
    for (let i = 0; i < stale.length; i += perTurn) {
      const batch = stale.slice(i, i + perTurn);
      await db.transaction().execute(async (trx) => {
        for (const document of batch) {
          const key = furnitureKey(document);
          await sql`DELETE FROM search_passages WHERE document_id = ${document.id}`.execute(trx);
          const rows = passagesOf(document).map(
            (passage) =>
              sql`(${passage.words.map((word) => word.term).join(' ')}, ${document.id}, ${passage.start}, ${passage.end})`,
          );
          for (let r = 0; r < rows.length; r += ROWS_PER_INSERT) {
            await sql`INSERT INTO search_passages (terms, document_id, start, "end") VALUES ${sql.join(rows.slice(r, r + ROWS_PER_INSERT))}`.execute(
              trx,
            );
          }
          await sql`INSERT INTO search_documents (document_id, furniture) VALUES (${document.id}, ${key})
            ON CONFLICT (document_id) DO UPDATE SET furniture = excluded.furniture`.execute(trx);
        }
      });
      await pause();
    }
    return new Fts5Search(db, new Map(documents.map((document) => [document.id, document])));
  }

  /** The best passages for a query, best first; at most `limit`. Only the served documents are searched. */
  async search(query: string, filters: SearchFilters = {}, limit = 50): Promise<{ total: number; hits: SearchHit[] }> {
    const terms = queryTerms(query);
    if (!terms.length) return { total: 0, hits: [] };
    // Every term, each quoted as an FTS5 string, so no word of the query reads as an operator.
    const match = terms.map((term) => `"${term.replace(/"/g, '""')}"`).join(' AND ');
    const { rows } = await sql<{ document_id: string; start: number; end: number; rank: number }>`
      SELECT document_id, start, "end", bm25(search_passages) AS rank FROM search_passages
      WHERE search_passages MATCH ${`terms : (${match})`}
      ORDER BY rank, document_id, start`.execute(this.db);
    const kept = rows.filter((row) => {
      const document = this.documents.get(row.document_id);
      return document !== undefined && matchesFilters(document, filters);
    });
    // FTS5's BM25 is lower for better passages; the API's score is higher for better ones.
    const passages = new Map<string, ReturnType<typeof passagesOf>>();
    const hits = kept.slice(0, limit).map((row) => {
      const document = this.documents.get(row.document_id)!;
      if (!passages.has(document.id)) passages.set(document.id, passagesOf(document));
      const passage = passages
        .get(document.id)!
        .find((p) => p.start === Number(row.start) && p.end === Number(row.end));
      return passage ? toHit(passage, terms, -row.rank) : null;
    });
    return { total: kept.length, hits: hits.filter((hit): hit is SearchHit => hit !== null) };
  }
}

/** What the document was indexed with beyond its text (fixed by its id): the spans of furniture skipped. */
function furnitureKey(document: SearchableDocument): string {
  return [...document.chrome]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((span) => `${span.start}-${span.end}`)
    .join(',');
}
