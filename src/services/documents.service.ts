import type { Kysely } from 'kysely';
import { NotFoundError, type Span } from '../core/index.js';
import type { Database } from '../store/schema.js';
import {
  DocumentsRepository,
  type StoredDocument,
  type StoredDocumentText,
  type StoryCopy,
} from '../store/repositories/documents.repository.js';

/** What citing a span adds: the text it covers and its document's title and date (null where the document is gone). */
export interface Citation {
  readonly text: string | null;
  readonly documentTitle: string | null;
  readonly published: string | null;
}

/** Reading stored documents, for the API, the web app and the command line. */
export class DocumentsService {
  private readonly documents: DocumentsRepository;

  constructor(db: Kysely<Database>) {
    this.documents = new DocumentsRepository(db);
  }

  /** How many documents the store holds. */
  count(): Promise<number> {
    return this.documents.count();
  }

  list(): Promise<StoredDocument[]> {
    return this.documents.list();
  }

  /** Up to `limit` documents, oldest first, after the one stored at `after`. */
  page(after: { createdAt: string; id: string } | null, limit: number): Promise<StoredDocument[]> {
    return this.documents.listAfter(after, limit);
  }

  /**
   * One document with its text, furniture, where it was read from, and the copies of its story
   * other sources ran (each with its URL or path, outlet, title and date); NotFoundError when absent.
   */
  async get(
    id: string,
  ): Promise<StoredDocumentText & { locators: Array<{ locator: string; version: number }>; copies: StoryCopy[] }> {
    const document = await this.documents.get(id);
    if (!document) throw new NotFoundError('document', id);
    return { ...document, locators: await this.documents.locatorsOf(id), copies: await this.documents.copiesOf(id) };
  }

  /** Quotes each evidence span with its document's title and date, so that a shell can cite and link it. */
  async cite<E extends Span & { readonly documentId: string }>(evidence: readonly E[]): Promise<Array<E & Citation>> {
    return Promise.all(
      evidence.map(async (e) => {
        const document = await this.documents.get(e.documentId);
        return {
          ...e,
          text: document?.text.slice(e.start, e.end) ?? null,
          documentTitle: document?.title ?? null,
          published: document?.published ?? null,
        };
      }),
    );
  }
}
