import { join } from 'node:path';
import { defaultReadLimits } from '../../src/readers/index.js';
import { readAgreementFile } from '../../src/services/agreement-file.js';
import { IngestService } from '../../src/services/ingest.service.js';
import { ProposalService } from '../../src/services/proposal.service.js';
import { loadAssessmentsFile } from '../../src/services/assessments-file.js';
import { TrackingService } from '../../src/services/tracking.service.js';
import { repoRoot } from './shared.js';
import { newTestStore, type Dialect } from './store.js';

/** A store holding the bundled example: its seven documents, its agreement, and the evidence proposed from them. */
export async function newExampleStore(dialect: Dialect = 'sqlite') {
  const store = await newTestStore(dialect);
  await new IngestService(store.db).ingestPaths([join(repoRoot, 'example', 'documents')], defaultReadLimits);
  const agreement = await readAgreementFile(join(repoRoot, 'example', 'agreement.yaml'));
  await new TrackingService(store.db).importAgreement(agreement, { name: 'Secretariat', party: null, role: 'admin' });
  await new ProposalService(store.db).propose(agreement.id);
  return { ...store, agreement };
}

/**
 * The bundled example as `puente serve --example` loads it, for browser tests: its documents, its
 * agreement as the local user's, each party's illustrative assessments, and the evidence proposed.
 */
export async function newServedExampleStore() {
  const store = await newTestStore('sqlite');
  await new IngestService(store.db).ingestPaths([join(repoRoot, 'example', 'documents')], defaultReadLimits);
  const agreement = await readAgreementFile(join(repoRoot, 'example', 'agreement.yaml'));
  await new TrackingService(store.db).importAgreement(agreement, {
    name: 'puente (bundled example)',
    party: null,
    role: 'local',
  });
  await loadAssessmentsFile(store.db, join(repoRoot, 'example', 'assessments.yaml'), agreement.id);
  await new ProposalService(store.db).propose(agreement.id);
  return { ...store, agreement };
}
