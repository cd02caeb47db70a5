import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { ChromeReason, DocumentHints, Message, SourceDocument, SourceFormat, Span } from '../../core/index.js';
import type { Database } from '../schema.js';

/** Rows in one insert of spans or messages (8 parameters each, under every dialect's cap). */
const ROWS_PER_INSERT = 500;

/** A stored document's metadata, as the services see it. */
export interface StoredDocument {
  readonly id: string;
  readonly title: string | null;
  readonly subtitle: string | null;
  readonly published: string | null;
  readonly authors: readonly string[];
  readonly language: string;
  readonly format: string;
  readonly encoding: string;
  readonly byteSize: number;
  readonly createdAt: string;
}

/** A stored document with its text and furniture. */
export interface StoredDocumentText extends StoredDocument {
  readonly text: string;
  readonly body: string;
  readonly chrome: readonly (Span & { readonly reason: ChromeReason })[];
}

/** Everything to write for one newly seen document. */
export interface NewDocument extends Omit<StoredDocumentText, 'createdAt'> {
  /** The spans of the text the body is made of (joined by blank lines), stored instead of the body. */
  readonly bodySpans: readonly Span[];
  readonly messages: readonly Message[];
  readonly hints: DocumentHints;
}

/** Which state of the band keys a lookup saw (see `bandMark`): the highest row id, and the keys removed until then. */
export interface BandMark {
  readonly lastRow: number;
  readonly removed: number;
}

/** A copy of a stored story: where it was read, what it said of itself, and how much it shares with the story. */
export interface StoryCopy {
  readonly story: string;
  readonly locator: string;
  readonly copyId: string;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly published: string | null;
  readonly containment: number;
  readonly jaccard: number;
}

type Executor = Kysely<Database> | Transaction<Database>;

/** The stored form of a body's spans: a flat JSON array of offsets. */
function packSpans(spans: readonly Span[]): string {
  return JSON.stringify(spans.flatMap((span) => [span.start, span.end]));
}

/** The columns every listing of a document reads, as a StoredDocument. */
type DocumentListRow = Pick<
  Database['documents'],
  | 'id'
  | 'title'
  | 'subtitle'
  | 'published'
  | 'authors'
  | 'language'
  | 'format'
  | 'encoding'
  | 'byte_size'
  | 'created_at'
>;

/** A stored document's metadata from its row: one place for the listing and the single read. */
function storedDocumentOf(row: DocumentListRow): StoredDocument {
  return {
    id: row.id,
    title: row.title,
    subtitle: row.subtitle,
    published: row.published,
    authors: JSON.parse(row.authors) as string[],
    language: row.language,
    format: row.format,
    encoding: row.encoding,
    byteSize: Number(row.byte_size),
    createdAt: row.created_at,
  };
}

/** A stored body: its spans of the text joined by blank lines, or the body itself on rows stored before spans were. */
function bodyOf(row: { text: string; body: string; body_spans: string | null }): string {
  if (row.body_spans === null) return row.body;
  const offsets = JSON.parse(row.body_spans) as number[];
  const parts: string[] = [];
  for (let i = 0; i + 1 < offsets.length; i += 2) parts.push(row.text.slice(offsets[i], offsets[i + 1]));
  return parts.join('\n\n');
}

/**
 * Where a stored document came from, as the pipeline sees it: its first locator, as a URL or a
 * path. A page read from the web keeps its outlet's name beside its URL.
 */
export function sourceOf(locator: string | undefined, hints: DocumentHints): SourceDocument['source'] {
  if (locator === undefined) return {};
  if (!/^https?:/.test(locator)) return { path: locator };
  return { url: locator, ...(hints.site ? { name: hints.site, outlet: hints.site } : {}) };
}

/** Reads and writes documents, their versions by locator, furniture spans and messages. */
export class DocumentsRepository {
  constructor(private readonly db: Executor) {}

  /** The same repository bound to a transaction. */
  within(trx: Transaction<Database>): DocumentsRepository {
    return new DocumentsRepository(trx);
  }

  async exists(id: string): Promise<boolean> {
    return (await this.db.selectFrom('documents').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
  }

  /** The newest version recorded for a path or URL, if any. */
  async latestVersion(locator: string): Promise<{ version: number; documentId: string } | null> {
    const row = await this.db
      .selectFrom('document_versions')
      .select(['version', 'document_id'])
      .where('locator', '=', locator)
      .orderBy('version', 'desc')
      .executeTakeFirst();
    return row ? { version: Number(row.version), documentId: row.document_id } : null;
  }

  async insert(document: NewDocument, createdAt: string): Promise<void> {
    await this.db
      .insertInto('documents')
      .values({
        id: document.id,
        text: document.text,
        format: document.format,
        encoding: document.encoding,
        ...derivedColumns(document),
        byte_size: document.byteSize,
        created_at: createdAt,
        hints: JSON.stringify(document.hints),
      })
      .execute();
    await this.insertSpansAndMessages(document);
  }

  private async insertSpansAndMessages(document: NewDocument): Promise<void> {
    // In statements of a few hundred rows: both dialects cap the parameters of one statement, and a
    // document of thousands of bare numbers has a message for each.
    for (let i = 0; i < document.chrome.length; i += ROWS_PER_INSERT) {
      await this.db
        .insertInto('chrome_spans')
        .values(
          document.chrome
            .slice(i, i + ROWS_PER_INSERT)
            .map((span) => ({ document_id: document.id, start: span.start, end: span.end, reason: span.reason })),
        )
        .execute();
    }
    for (let i = 0; i < document.messages.length; i += ROWS_PER_INSERT) {
      await this.db
        .insertInto('messages')
        .values(
          document.messages.slice(i, i + ROWS_PER_INSERT).map((message) => ({
            id: randomUUID(),
            document_id: document.id,
            source: message.source,
            rule_id: message.ruleId,
            severity: message.severity,
            reason: message.reason,
            start: message.place?.start ?? null,
            end: message.place?.end ?? null,
          })),
        )
        .execute();
    }
  }

  async addVersion(locator: string, version: number, documentId: string, createdAt: string): Promise<void> {
    await this.db
      .insertInto('document_versions')
      .values({ locator, version, document_id: documentId, created_at: createdAt })
      .execute();
  }

  /** Records the band keys of a stored document's body, by which later copies find it. */
  async addBands(documentId: string, keys: readonly string[]): Promise<void> {
    for (let i = 0; i < keys.length; i += 200) {
      await this.db
        .insertInto('document_bands')
        .values(keys.slice(i, i + 200).map((band_key) => ({ band_key, document_id: documentId })))
        .execute();
    }
  }

  /**
   * Ids of the stored documents sharing at least `minShared` band keys with a body, oldest first:
   * the stories it may copy. At most `limit` of them, those sharing most bands; and of each band's
   * bucket only `perBucket` members are counted (those of least id, which the key's index reads
   * first): a paragraph many pages carry puts a growing number of stories in its buckets, and
   * reading every one of them back would cost each new document the size of the store. A copy
   * shares many buckets that only its story and its other copies are in.
   */
  async storiesSharingBands(
    keys: readonly string[],
    minShared = 1,
    limit = Number.MAX_SAFE_INTEGER,
    perBucket = Number.MAX_SAFE_INTEGER,
  ): Promise<string[]> {
    if (!keys.length) return [];
    const members = sql.join(
      [...new Set(keys)].map(
        (key, i) =>
          sql`select document_id from (select document_id from document_bands where band_key = ${key} order by document_id limit ${Math.min(perBucket, 1e9)}) as ${sql.ref(`b${i}`)}`,
      ),
      sql` union all `,
    );
    const { rows: shared } = await sql<{ document_id: string; bands: number }>`
      select document_id, count(*) as bands from (${members}) as members
      group by document_id having count(*) >= ${minShared}
      order by bands desc, document_id limit ${Math.min(limit, 1e9)}`.execute(this.db);
    if (!shared.length) return [];
    const rows = await this.db
      .selectFrom('documents')
      .select('id')
      .where(
        'id',
        'in',
        shared.map((row) => row.document_id),
      )
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((row) => row.id);
  }

  /**
   * SQLite only: where the band keys stand, for `bandsChangedSince`. Read in the same transaction
   * as a lookup of band keys, it says which state of the buckets that lookup saw.
   */
  async bandMark(): Promise<BandMark> {
    const { rows } = await sql<{ last_row: number | bigint; removed: number | bigint }>`
      select (select coalesce(max(rowid), 0) from document_bands) as last_row,
             (select removed from band_removals) as removed`.execute(this.db);
    return { lastRow: Number(rows[0]!.last_row), removed: Number(rows[0]!.removed) };
  }

  /**
   * SQLite only: whether any bucket of these band keys may differ from what a lookup at `mark` saw:
   * a key added to one since (its row id is higher), or any key removed from any bucket.
   */
  async bandsChangedSince(mark: BandMark, keys: readonly string[]): Promise<boolean> {
    const now = await this.bandMark();
    if (now.removed !== mark.removed) return true;
    if (now.lastRow === mark.lastRow || !keys.length) return false;
    // The rows added since the mark are the few stored since, at the end of the table: read those
    // (`+band_key` keeps SQLite from walking each key's bucket through the index instead).
    const { rows } = await sql<{ found: number }>`
      select 1 as found from document_bands
      where rowid > ${mark.lastRow} and +band_key in (${sql.join([...new Set(keys)])}) limit 1`.execute(this.db);
    return rows.length > 0;
  }

  /** The bodies of stored documents, by id (the ids not stored are left out). */
  async bodiesOf(ids: readonly string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.db
      .selectFrom('documents')
      .select(['id', 'text', 'body', 'body_spans'])
      .where('id', 'in', [...ids])
      .execute();
    return new Map(rows.map((row) => [row.id, bodyOf(row)]));
  }

  /** Records a copy stored as its story. */
  async addCopy(copy: StoryCopy, createdAt: string): Promise<void> {
    await this.db
      .insertInto('document_copies')
      .values({
        document_id: copy.story,
        locator: copy.locator,
        copy_id: copy.copyId,
        url: copy.url,
        outlet: copy.outlet,
        title: copy.title,
        published: copy.published,
        containment: copy.containment,
        jaccard: copy.jaccard,
        created_at: createdAt,
      })
      .execute();
  }

  /** Whether this content was already stored as a copy from this locator. */
  async isKnownCopy(locator: string, copyId: string): Promise<boolean> {
    return (
      (await this.db
        .selectFrom('document_copies')
        .select('locator')
        .where('locator', '=', locator)
        .where('copy_id', '=', copyId)
        .executeTakeFirst()) !== undefined
    );
  }

  /** The copies stored as a story: every source and URL that ran it, oldest first. */
  async copiesOf(story: string): Promise<StoryCopy[]> {
    const rows = await this.db
      .selectFrom('document_copies')
      .selectAll()
      .where('document_id', '=', story)
      .orderBy('created_at')
      .orderBy('locator')
      .execute();
    return rows.map((row) => ({
      story: row.document_id,
      locator: row.locator,
      copyId: row.copy_id,
      url: row.url,
      outlet: row.outlet,
      title: row.title,
      published: row.published,
      containment: Number(row.containment),
      jaccard: Number(row.jaccard),
    }));
  }

  /** Every version of a locator, oldest first. */
  async versionsOf(locator: string): Promise<Array<{ version: number; documentId: string }>> {
    const rows = await this.db
      .selectFrom('document_versions')
      .select(['version', 'document_id'])
      .where('locator', '=', locator)
      .orderBy('version')
      .execute();
    return rows.map((row) => ({ version: Number(row.version), documentId: row.document_id }));
  }

  async list(): Promise<StoredDocument[]> {
    return this.listAfter(null, null);
  }

  /**
   * Up to `limit` documents (every one when null), oldest first, after the one stored at `after`:
   * the order the `documents_created` index keeps, so a page reads only its own rows.
   */
  async listAfter(after: { createdAt: string; id: string } | null, limit: number | null): Promise<StoredDocument[]> {
    let query = this.db
      .selectFrom('documents')
      .select([
        'id',
        'title',
        'subtitle',
        'published',
        'authors',
        'language',
        'format',
        'encoding',
        'byte_size',
        'created_at',
      ])
      .orderBy('created_at')
      .orderBy('id');
    if (after)
      query = query.where((eb) =>
        eb.or([
          eb('created_at', '>', after.createdAt),
          eb.and([eb('created_at', '=', after.createdAt), eb('id', '>', after.id)]),
        ]),
      );
    if (limit !== null) query = query.limit(limit);
    const rows = await query.execute();
    return rows.map(storedDocumentOf);
  }

  /** One document with its text and furniture; null when absent. */
  async get(id: string): Promise<StoredDocumentText | null> {
    const row = await this.db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return null;
    const chrome = await this.db
      .selectFrom('chrome_spans')
      .select(['start', 'end', 'reason'])
      .where('document_id', '=', id)
      .orderBy('start')
      .execute();
    return {
      ...storedDocumentOf(row),
      text: row.text,
      body: bodyOf(row),
      chrome: chrome.map((span) => ({
        start: Number(span.start),
        end: Number(span.end),
        reason: span.reason as ChromeReason,
      })),
    };
  }

  /** A stored document as the pipeline takes it, so it can be analysed again exactly as at ingest. */
  async sourceDocument(id: string): Promise<SourceDocument | null> {
    const row = await this.db
      .selectFrom('documents')
      .select(['id', 'text', 'format', 'encoding', 'hints'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return null;
    const locator = (await this.locatorsOf(id))[0]?.locator;
    const hints = JSON.parse(row.hints) as DocumentHints;
    return {
      id: row.id,
      text: row.text,
      format: row.format as SourceFormat,
      encoding: row.encoding,
      hints,
      source: sourceOf(locator, hints),
    };
  }

  /**
   * Replaces what was derived from a document's analysis (body, title, date, authors, language,
   * furniture spans, messages) after it was analysed again; its text and identity stay. Its band
   * keys go too: the caller adds those of the new body.
   */
  async replaceDerived(document: NewDocument): Promise<void> {
    await this.db.updateTable('documents').set(derivedColumns(document)).where('id', '=', document.id).execute();
    await this.db.deleteFrom('chrome_spans').where('document_id', '=', document.id).execute();
    await this.db.deleteFrom('document_bands').where('document_id', '=', document.id).execute();
    await this.db.deleteFrom('messages').where('document_id', '=', document.id).execute();
    await this.insertSpansAndMessages(document);
  }

  /** The ids of every stored document, oldest first. */
  async ids(): Promise<string[]> {
    const rows = await this.db.selectFrom('documents').select('id').orderBy('created_at').orderBy('id').execute();
    return rows.map((row) => row.id);
  }

  /** The paths and URLs a document was read from, with the version number it has there. */
  async locatorsOf(id: string): Promise<Array<{ locator: string; version: number }>> {
    const rows = await this.db
      .selectFrom('document_versions')
      .select(['locator', 'version'])
      .where('document_id', '=', id)
      .orderBy('locator')
      .execute();
    return rows.map((row) => ({ locator: row.locator, version: Number(row.version) }));
  }

  /** Documents whose evidence proposals are still to be made, oldest first. */
  async unproposedIds(): Promise<string[]> {
    const rows = await this.db
      .selectFrom('documents')
      .select('id')
      .where('proposed_at', 'is', null)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((row) => row.id);
  }

  /** How many documents their evidence proposals were made from. */
  async countProposed(): Promise<number> {
    const row = await this.db
      .selectFrom('documents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('proposed_at', 'is not', null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Of these documents, those whose proposals are still to be made. */
  async stillUnproposed(ids: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await this.db
        .selectFrom('documents')
        .select('id')
        .where('proposed_at', 'is', null)
        .where('id', 'in', ids.slice(i, i + 500))
        .execute();
      for (const row of rows) found.add(row.id);
    }
    return found;
  }

  async markProposed(ids: readonly string[], at: string): Promise<void> {
    // Chunked, as both dialects cap the number of bound parameters in one statement.
    for (let i = 0; i < ids.length; i += 500) {
      await this.db
        .updateTable('documents')
        .set({ proposed_at: at })
        .where('id', 'in', ids.slice(i, i + 500))
        .execute();
    }
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('documents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}

/** The columns of a document that its analysis derives, written when it is stored and when it is analysed again. */
function derivedColumns(document: NewDocument) {
  return {
    body: '',
    body_spans: packSpans(document.bodySpans),
    title: document.title,
    subtitle: document.subtitle,
    published: document.published,
    authors: JSON.stringify(document.authors),
    language: document.language,
  };
}
