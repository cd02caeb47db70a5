import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';

/**
 * The store's own full-text search, where it has one: PostgreSQL's `tsvector` of each document
 * (migration 0012: stemmed by the Spanish or English dictionary, accents folded by `unaccent`).
 * An embedded store has none here; search there is the in-memory index alone.
 */
export class TextSearchRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Whether the store searches text itself (PostgreSQL). */
  get native(): boolean {
    return this.db.getExecutor().adapter instanceof PostgresAdapter;
  }

  /**
   * Ids of the documents whose title and body hold the query (web-search syntax: every word,
   * "a phrase", -not), best ranked first, each read with its own language's dictionary; null
   * where the store has no full-text search of its own.
   */
  async matching(query: string, limit = 5000): Promise<string[] | null> {
    if (!this.native) return null;
    const { rows } = await sql<{ id: string }>`
      SELECT d.id FROM documents d,
        LATERAL (SELECT websearch_to_tsquery(CASE WHEN d.language = 'es' THEN 'spanish'::regconfig ELSE 'english'::regconfig END, puente_unaccent(${query})) AS q) t
      WHERE d.search_vector @@ t.q
      ORDER BY ts_rank_cd(d.search_vector, t.q) DESC, d.id
      LIMIT ${limit}`.execute(this.db);
    return rows.map((row) => row.id);
  }
}
