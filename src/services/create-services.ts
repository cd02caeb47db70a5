import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { DocumentsService } from './documents.service.js';
import { ExportService } from './export.service.js';
import { FollowupService } from './followup.service.js';
import { PastedTextService } from './pasted-text.service.js';
import { ReviewService } from './review.service.js';
import { StoredAnalysisService } from './stored-analysis.service.js';
import { TrackingService } from './tracking.service.js';

/** Every service the HTTP shell needs, over one store. */
export function createServices(db: Kysely<Database>) {
  return {
    documents: new DocumentsService(db),
    analysis: new StoredAnalysisService(db),
    pastedText: new PastedTextService(db),
    tracking: new TrackingService(db),
    review: new ReviewService(db),
    followup: new FollowupService(db),
    exports: new ExportService(db),
  };
}
