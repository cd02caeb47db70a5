import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { DocumentsService } from './documents.service.js';
import { FollowupService } from './followup.service.js';
import { PastedTextService } from './pasted-text.service.js';
import { ReviewService } from './review.service.js';
import { StoredAnalysisService, type StoredAnalysisOptions } from './stored-analysis.service.js';
import { TrackingService } from './tracking.service.js';

/**
 * Every service the HTTP shell needs, over one store. The stored analysis's background work starts
 * with `analysis.start()` and stops with `analysis.close()`.
 */
export function createServices(db: Kysely<Database>, options: { analysis?: StoredAnalysisOptions } = {}) {
  const analysis = new StoredAnalysisService(db, options.analysis);
  return {
    documents: new DocumentsService(db),
    analysis,
    pastedText: new PastedTextService(db, () => analysis.changed()),
    tracking: new TrackingService(db),
    review: new ReviewService(db),
    followup: new FollowupService(db),
  };
}
