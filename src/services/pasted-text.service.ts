import type { Kysely } from 'kysely';
import { UnreadableDocumentError, type Actor } from '../core/index.js';
import { toContract, type ContractAnalysis } from '../export/contract-json.js';
import { analyzeCollection, isFailedAnalysis, type StandardAnalysis } from '../pipeline/index.js';
import type { Database } from '../store/schema.js';
import { authorize } from './access-policy.js';
import { analyzePastedWithinBudget } from './analysis-budget.js';
import type { PastedInput } from './pasted-document.js';
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
  async analyze(
    actor: Actor,
    input: { text: string; name: string; format: 'text' | 'html'; store: boolean },
  ): Promise<{ analysis: ContractAnalysis; stored: IngestOutcome | null }> {
    authorize(actor, input.store ? 'documents.add' : 'analyze');
    const result = await this.read(input).catch((error: unknown) => {
      throw new UnreadableDocumentError(input.name, failureLine(input.name, error).slice(input.name.length + 2), {
        cause: error,
      });
    });
    const stored = input.store ? await new IngestService(this.db).store(result, `upload:${input.name}`) : null;
    if (stored) this.onStored();
    return { analysis: toContract([result], analyzeCollection([result])), stored };
  }

  private async read(input: PastedInput): Promise<StandardAnalysis> {
    // Read and analysed in the budget's worker: the server's thread runs neither a reader nor a stage.
    const result = await analyzePastedWithinBudget({ text: input.text, name: input.name, format: input.format });
    if (isFailedAnalysis(result)) {
      const { reason } = result.failure;
      throw new UnreadableDocumentError(
        input.name,
        reason.startsWith(`${input.name}: `) ? reason.slice(input.name.length + 2) : reason,
      );
    }
    return result;
  }
}
