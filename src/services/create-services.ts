import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { DocumentsService } from './documents.service.js';
import { ExportService } from './export.service.js';
import { FollowupService } from './followup.service.js';
import { PastedTextService } from './pasted-text.service.js';
import { ReviewService } from './review.service.js';
import { StoredAnalysisService } from './stored-analysis.service.js';
import { TrackingService } from './tracking.service.js';
import { WatchService } from './watch.service.js';
import { defaultWebIntakeSettings, WebIntakeService, type WebIntakeSettings } from './web-intake.service.js';

/** Every service the HTTP shell needs, over one store; `web` bounds what it fetches from the web. */
export function createServices(db: Kysely<Database>, options: { web?: WebIntakeSettings } = {}) {
  const intake = new WebIntakeService(db, options.web ?? defaultWebIntakeSettings);
  return {
    intake,
    watches: new WatchService(db, intake),
    documents: new DocumentsService(db),
    analysis: new StoredAnalysisService(db),
    pastedText: new PastedTextService(db),
    tracking: new TrackingService(db),
    review: new ReviewService(db),
    followup: new FollowupService(db),
    exports: new ExportService(db),
  };
}
