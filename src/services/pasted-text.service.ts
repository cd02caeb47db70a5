import type { Kysely } from 'kysely';
import { UnreadableDocumentError, type Actor, type SourceDocument } from '../core/index.js';
import { toContract, type ContractAnalysis } from '../export/contract-json.js';
import { isFailedAnalysis, type StandardAnalysis } from '../pipeline/index.js';
import { defaultReadLimits, readers } from '../readers/index.js';
import type { Database } from '../store/schema.js';
import { documentIdOf } from '../text/document-id.js';
import { authorize } from './access-policy.js';
import { analyzeWithinBudget } from './analysis-budget.js';
import { failureLine } from './input-failure.js';
import { IngestService, type IngestOutcome } from './ingest.service.js';

/** Analyses text pasted or uploaded in the web app, and stores it when asked (which not every role may). */
export class PastedTextService {
  constructor(
    private readonly db: Kysely<Database>,
    /** Told after a document was stored (the stored analysis updates its collection). Default: nothing. */
    private readonly onStored: () => void = () => {},
  ) {}

  /**
   * Reads and analyses one pasted text, off the calling thread and within the analysis budget.
   * Throws `UnreadableDocumentError` naming the text and the reason when it cannot be used.
   */
  async analyze(actor: Actor, input: { text: string; name: string; format: 'text' | 'html'; store: boolean }): Promise<{ analysis: ContractAnalysis; stored: IngestOutcome | null }> {
    authorize(actor, input.store ? 'documents.add' : 'analyze');
    const result = await this.read(input).catch((error: unknown) => {
      throw new UnreadableDocumentError(input.name, failureLine(input.name, error).slice(input.name.length + 2), { cause: error });
    });
    const stored = input.store ? await new IngestService(this.db).store(result, `upload:${input.name}`) : null;
    if (stored) this.onStored();
    return { analysis: toContract([result]), stored };
  }

  private async read(input: { text: string; name: string; format: 'text' | 'html' }): Promise<StandardAnalysis> {
    const reader = readers.find((r) => r.format === input.format)!;
    const read = await reader.read(Buffer.from(input.text, 'utf8'), input.name, defaultReadLimits);
    const document: SourceDocument = { id: documentIdOf(read.text), text: read.text, format: read.format, encoding: read.encoding, hints: read.hints, source: { name: input.name } };
    const result = await analyzeWithinBudget(document);
    if (isFailedAnalysis(result)) throw new UnreadableDocumentError(input.name, result.failure.reason);
    return result;
  }
}
