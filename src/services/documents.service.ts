import type { Kysely } from 'kysely';
import { NotFoundError } from '../core/index.js';
import type { Database } from '../store/schema.js';
import { DocumentsRepository, type StoredDocument, type StoredDocumentText, type StoryCopy } from '../store/repositories/documents.repository.js';

/** Reading stored documents, for the API and the web app. */
export class DocumentsService {
  private readonly documents: DocumentsRepository;

  constructor(db: Kysely<Database>) {
    this.documents = new DocumentsRepository(db);
  }

  list(): Promise<StoredDocument[]> {
    return this.documents.list();
  }

  /** Up to `limit` documents, oldest first, after the one stored at `after`. */
  page(after: { createdAt: string; id: string } | null, limit: number): Promise<StoredDocument[]> {
    return this.documents.listAfter(after, limit);
  }

  count(): Promise<number> {
    return this.documents.count();
  }

  /**
   * One document with its text, furniture, where it was read from, and the copies of its story
   * other sources ran (each with its URL or path, outlet, title and date); NotFoundError when absent.
   */
  async get(id: string): Promise<StoredDocumentText & { locators: Array<{ locator: string; version: number }>; copies: StoryCopy[] }> {
    const document = await this.documents.get(id);
    if (!document) throw new NotFoundError('document', id);
    return { ...document, locators: await this.documents.locatorsOf(id), copies: await this.documents.copiesOf(id) };
  }
}
