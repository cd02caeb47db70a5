import type { Kysely } from 'kysely';
import { InputError, type SourceDocument } from '../core/index.js';
import { analyzeDocument, isFailedAnalysis, PIPELINE_VERSION, type StandardAnalysis } from '../pipeline/index.js';
import type { ReadLimits } from '../readers/index.js';
import type { Database } from '../store/schema.js';
import { writeTransaction } from '../store/write-transaction.js';
import { AnalysesRepository } from '../store/repositories/analyses.repository.js';
import { DocumentsRepository } from '../store/repositories/documents.repository.js';
import type { InputProblem } from './analysis.service.js';
import { DocumentAnalyses, documentRowOf, type Analyzer } from './document-analyses.js';
import { collectInputFiles } from './input-files.js';
import { loadDocument } from './load-document.js';

/** What storing one document did. `duplicate`: its content was already stored from elsewhere. */
export type IngestOutcome = 'new' | 'version' | 'unchanged' | 'duplicate';

/** Counts for the end-of-run summary; `read` is every file tried, so the other four add up to it. */
export interface IngestSummary {
  read: number;
  new: number;
  unchanged: number;
  versions: number;
  failed: number;
}

/** Reported after each file, for progress bars. */
export interface IngestProgress {
  readonly done: number;
  readonly total: number;
  readonly path: string;
  readonly outcome: IngestOutcome | 'failed';
}

/**
 * Reads documents into the store, one transaction per document. Each document is analysed once,
 * when its content is first stored, and its layers are stored with it; a file whose content is
 * already stored with an analysis by this pipeline version is not analysed again.
 */
export class IngestService {
  private readonly documents: DocumentsRepository;
  private readonly analyses: AnalysesRepository;

  constructor(
    private readonly db: Kysely<Database>,
    /** Supplies timestamps; injected so tests can pin them. */
    private readonly now: () => Date = () => new Date(),
    /** Analyses a document that needs it. Default `analyzeDocument`. */
    private readonly analyze: Analyzer = analyzeDocument,
  ) {
    this.documents = new DocumentsRepository(db);
    this.analyses = new AnalysesRepository(db);
  }

  /**
   * Stores one analysed document under a locator (path or URL), with its analysis, and says what
   * happened. Content stored before with an analysis by an older version (or none) gets this one.
   */
  async store(analysis: StandardAnalysis, locator: string): Promise<IngestOutcome> {
    const { document } = analysis;
    const createdAt = this.now().toISOString();
    return writeTransaction(this.db, async (trx) => {
      const documents = this.documents.within(trx);
      const known = await documents.exists(document.id);
      const latest = await documents.latestVersion(locator);
      if (!known) {
        await documents.insert(documentRowOf(document, analysis), createdAt);
        await DocumentAnalyses.write(trx, analysis, createdAt, { replaceDerived: false });
      } else if ((await this.analyses.within(trx).versionOf(document.id))?.pipelineVersion !== PIPELINE_VERSION) {
        await DocumentAnalyses.write(trx, analysis, createdAt, { replaceDerived: true });
      }
      if (known && latest?.documentId === document.id) return 'unchanged';
      await documents.addVersion(locator, (latest?.version ?? 0) + 1, document.id, createdAt);
      if (known) return 'duplicate';
      return latest ? 'version' : 'new';
    });
  }

  /**
   * Records a document read from a locator without analysing it, when its content is stored with
   * an analysis by this pipeline version: 'unchanged', or 'duplicate' for content stored from
   * elsewhere. Null when it must be analysed first.
   */
  private async storeWithoutAnalysis(document: SourceDocument, locator: string): Promise<IngestOutcome | null> {
    const createdAt = this.now().toISOString();
    return writeTransaction(this.db, async (trx) => {
      if ((await this.analyses.within(trx).versionOf(document.id))?.pipelineVersion !== PIPELINE_VERSION) return null;
      const documents = this.documents.within(trx);
      const latest = await documents.latestVersion(locator);
      if (latest?.documentId === document.id) return 'unchanged';
      await documents.addVersion(locator, (latest?.version ?? 0) + 1, document.id, createdAt);
      return 'duplicate';
    });
  }

  /** Reads, analyses and stores every file under the paths; bad inputs are reported and skipped. */
  async ingestPaths(
    paths: readonly string[],
    limits: ReadLimits,
    onProgress?: (progress: IngestProgress) => void,
  ): Promise<{ summary: IngestSummary; problems: InputProblem[]; outcomes: Array<{ path: string; outcome: IngestOutcome; id: string }> }> {
    const files = await collectInputFiles(paths);
    const summary: IngestSummary = { read: 0, new: 0, unchanged: 0, versions: 0, failed: 0 };
    const problems: InputProblem[] = [];
    const outcomes: Array<{ path: string; outcome: IngestOutcome; id: string }> = [];
    let done = 0;
    for (const file of files) {
      let outcome: IngestOutcome | 'failed' = 'failed';
      summary.read++;
      if (file.error !== undefined) {
        problems.push({ input: file.path, message: `${file.path}: ${file.error}`, fatal: true });
      } else {
        try {
          const { document, warnings } = await loadDocument(file.path, limits);
          for (const warning of warnings) problems.push({ input: file.path, message: warning, fatal: false });
          outcome = (await this.storeWithoutAnalysis(document, file.path)) ?? (await this.store(this.analyzed(document, file.path), file.path));
          outcomes.push({ path: file.path, outcome, id: document.id });
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          problems.push({ input: file.path, message: error.message, fatal: true });
        }
      }
      if (outcome === 'failed') summary.failed++;
      else if (outcome === 'new') summary.new++;
      else if (outcome === 'version') summary.versions++;
      else summary.unchanged++;
      onProgress?.({ done: ++done, total: files.length, path: file.path, outcome });
    }
    return { summary, problems, outcomes };
  }

  private analyzed(document: SourceDocument, path: string): StandardAnalysis {
    const analysis = this.analyze(document);
    if (isFailedAnalysis(analysis)) throw new InputError(path, analysis.failure.reason);
    return analysis;
  }
}
