import type { Kysely } from 'kysely';
import { toContract, type ContractAnalysis } from '../export/contract-json.js';
import { analyzeDocument, isFailedAnalysis, type StandardAnalysis } from '../pipeline/index.js';
import type { Database } from '../store/schema.js';
import { DocumentsRepository } from '../store/repositories/documents.repository.js';

/**
 * The analysis of every stored document, in the contract's shape, for the API and the web app.
 * Stored text is analysed again on demand (a millisecond per article) and cached until the set of
 * stored documents changes.
 */
export class StoredAnalysisService {
  private readonly documents: DocumentsRepository;
  private cache: { key: string; analysis: ContractAnalysis } | null = null;

  constructor(db: Kysely<Database>) {
    this.documents = new DocumentsRepository(db);
  }

  async analysis(): Promise<ContractAnalysis> {
    const ids = await this.documents.ids();
    const key = ids.join(',');
    if (this.cache?.key === key) return this.cache.analysis;
    const analyses: StandardAnalysis[] = [];
    for (const id of ids) {
      const document = await this.documents.sourceDocument(id);
      if (!document) continue;
      const result = analyzeDocument(document);
      if (!isFailedAnalysis(result)) analyses.push(result);
    }
    const analysis = toContract(analyses);
    this.cache = { key, analysis };
    return analysis;
  }
}
