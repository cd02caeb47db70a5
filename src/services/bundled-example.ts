import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { defaultReadLimits } from '../readers/index.js';
import { DocumentsRepository } from '../store/repositories/documents.repository.js';
import type { Database } from '../store/schema.js';
import { readAgreementFile } from './agreement-file.js';
import type { InputProblem } from './analysis.service.js';
import { loadAssessmentsFile } from './assessments-file.js';
import { IngestService, type IngestSummary } from './ingest.service.js';
import { ProposalService } from './proposal.service.js';
import { TrackingService } from './tracking.service.js';

/** What loading the bundled example did. */
export interface ExampleLoad {
  readonly summary: IngestSummary;
  readonly problems: readonly InputProblem[];
  readonly agreementId: string;
  /** How many illustrative assessments were recorded. */
  readonly assessed: number;
  /** How many evidence proposals were made. */
  readonly proposed: number;
}

/** The example that `puente serve --example` loads into an empty store. */
export class BundledExample {
  constructor(private readonly db: Kysely<Database>) {}

  /** Whether the store is empty, so that the example may go in. */
  async fits(): Promise<boolean> {
    return (await new DocumentsRepository(this.db).count()) === 0;
  }

  /**
   * Loads the example from the package at `root`: its documents (plus the seeds where ../shared sits
   * beside the repo), its agreement, a few assessments by each party and the evidence proposals.
   */
  async load(root: string): Promise<ExampleLoad> {
    const sources = [join(root, 'example', 'documents'), join(root, '..', 'shared', 'seeds')].filter((path) =>
      existsSync(path),
    );
    const { summary, problems } = await new IngestService(this.db).ingestPaths(sources, defaultReadLimits);
    const agreement = await readAgreementFile(join(root, 'example', 'agreement.yaml'));
    await new TrackingService(this.db).importAgreement(agreement, {
      name: 'puente (bundled example)',
      party: null,
      role: 'local',
    });
    // A few assessments by each party, so the board shows how the parties' views sit side by side.
    const assessed = await loadAssessmentsFile(this.db, join(root, 'example', 'assessments.yaml'), agreement.id);
    const { proposed } = await new ProposalService(this.db).propose(agreement.id);
    return { summary, problems, agreementId: agreement.id, assessed, proposed };
  }
}
