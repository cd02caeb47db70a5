import { createHash } from 'node:crypto';
import { toContract, type ContractAnalysis, type ContractDocument } from '../export/contract-json.js';
import { analyzeCollection, type StandardAnalysis } from '../pipeline/index.js';
import type { SerializedAnalysis } from '../store/repositories/analyses.repository.js';
import { parseAnalysis } from './document-analyses.js';

/** What one collection run yields: the documents whose contract changed since the last run, and the rest whole. */
export interface CollectionDelta extends Omit<ContractAnalysis, 'documents'> {
  /** Contract documents that are new or differ from the last run's (their entity ids may move). */
  readonly changed: readonly ContractDocument[];
  /** Every document of the run, in order. */
  readonly order: readonly string[];
}

/**
 * The per-document analyses that collection runs read, kept between runs, and the contract
 * documents each run handed out, so that the next run hands out only those that changed. It runs
 * in the collection worker thread (or in-process where no worker can start).
 */
export class CollectionState {
  private readonly analyses = new Map<string, StandardAnalysis>();
  /** A hash of each contract document handed out, not the document: thousands of them would double the memory. */
  private readonly handedOut = new Map<string, string>();

  /** Adds or replaces stored analyses. */
  put(stored: readonly SerializedAnalysis[]): void {
    for (const entry of stored) {
      this.analyses.set(entry.document.id, parseAnalysis(entry));
      this.handedOut.delete(entry.document.id);
    }
  }

  /** Runs the collection stages over these documents, in this order, and builds their contract. */
  collect(order: readonly string[]): CollectionDelta {
    const keep = new Set(order);
    for (const id of this.analyses.keys()) {
      if (keep.has(id)) continue;
      this.analyses.delete(id);
      this.handedOut.delete(id);
    }
    const chosen = order.flatMap((id) => this.analyses.get(id) ?? []);
    const { documents, ...rest } = toContract(chosen, analyzeCollection(chosen));
    const changed: ContractDocument[] = [];
    for (const document of documents) {
      const hash = createHash('sha256').update(JSON.stringify(document)).digest('base64');
      if (this.handedOut.get(document.id) === hash) continue;
      this.handedOut.set(document.id, hash);
      changed.push(document);
    }
    return { ...rest, changed, order: chosen.map((analysis) => analysis.document.id) };
  }
}
