import type { Kysely } from 'kysely';
import { NotFoundError } from '../core/index.js';
import { toContract, type ContractAnalysis } from '../export/contract-json.js';
import { analyzeCollection, analyzeDocument, isFailedAnalysis, type StandardAnalysis } from '../pipeline/index.js';
import type { Database } from '../store/schema.js';
import { DocumentsRepository } from '../store/repositories/documents.repository.js';
import { SearchIndex } from './search-index.js';

/**
 * The analysis of every stored document, in the contract's shape, for the API and the web app.
 * Stored text is analysed again on demand (a millisecond per article) and cached until the set of
 * stored documents changes.
 */
export class StoredAnalysisService {
  private readonly documents: DocumentsRepository;
  private cache: { key: string; analyses: readonly StandardAnalysis[]; analysis: ContractAnalysis; search?: SearchIndex } | null = null;

  constructor(db: Kysely<Database>) {
    this.documents = new DocumentsRepository(db);
  }

  async analysis(): Promise<ContractAnalysis> {
    return (await this.cached()).analysis;
  }

  /**
   * What comparing the chosen documents finds, and the stories they share: computed between those
   * documents alone, never over the whole store, so a finding never names a document the user did
   * not choose.
   */
  async compare(ids: readonly string[]): Promise<Pick<ContractAnalysis, 'findings' | 'stories'>> {
    const { analyses } = await this.cached();
    const chosen = [...new Set(ids)].map((id) => {
      const analysis = analyses.find((a) => a.document.id === id);
      if (!analysis) throw new NotFoundError('document', id);
      return analysis;
    });
    const { findings, stories } = toContract(chosen, analyzeCollection(chosen));
    return { findings, stories: stories.filter((story) => story.documents.length > 1) };
  }

  /** The search index over the stored documents' article text, built once per set of documents. */
  async searchIndex(): Promise<SearchIndex> {
    const cached = await this.cached();
    cached.search ??= new SearchIndex(
      cached.analysis.documents.map((d) => ({
        id: d.id,
        text: d.text,
        title: d.title,
        published: d.published,
        language: d.language,
        source: d.source.url ?? d.source.name ?? d.source.path ?? null,
        chrome: d.chrome,
        entities: new Set(d.mentions.map((m) => m.entity)),
      })),
    );
    return cached.search;
  }

  private async cached(): Promise<NonNullable<StoredAnalysisService['cache']>> {
    const ids = await this.documents.ids();
    const key = ids.join(',');
    if (this.cache?.key === key) return this.cache;
    const analyses: StandardAnalysis[] = [];
    for (const id of ids) {
      const document = await this.documents.sourceDocument(id);
      if (!document) continue;
      const result = analyzeDocument(document);
      if (!isFailedAnalysis(result)) analyses.push(result);
    }
    this.cache = { key, analyses, analysis: toContract(analyses) };
    return this.cache;
  }
}
