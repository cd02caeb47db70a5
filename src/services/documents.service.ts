import type { Kysely } from 'kysely';
import { NotFoundError } from '../core/index.js';
import type { Database } from '../store/schema.js';
import { DocumentsRepository, type StoredDocument, type StoredDocumentText } from '../store/repositories/documents.repository.js';

/** Reading stored documents, for the API and the web app. */
export class DocumentsService {
  private readonly documents: DocumentsRepository;

  constructor(db: Kysely<Database>) {
    this.documents = new DocumentsRepository(db);
  }

  list(): Promise<StoredDocument[]> {
    return this.documents.list();
  }

  /** One document with its text, furniture and where it was read from; NotFoundError when absent. */
  async get(id: string): Promise<StoredDocumentText & { locators: Array<{ locator: string; version: number }> }> {
    const document = await this.documents.get(id);
    if (!document) throw new NotFoundError('document', id);
    return { ...document, locators: await this.documents.locatorsOf(id) };
  }
}
