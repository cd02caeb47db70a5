import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { DocumentsService } from './documents.service.js';
import { ExportService } from './export.service.js';
import { FollowupService } from './followup.service.js';
import { LocalMode } from './local-mode.js';
import { PastedTextService } from './pasted-text.service.js';
import { ReviewService } from './review.service.js';
import { SessionsService } from './sessions.service.js';
import { StoredAnalysisService } from './stored-analysis.service.js';
import { TrackingService } from './tracking.service.js';
import { UsersService } from './users.service.js';
import { WatchService } from './watch.service.js';
import { defaultWebIntakeSettings, WebIntakeService, type WebIntakeSettings } from './web-intake.service.js';

/** How the services are set up for a server. */
export interface ServicesOptions {
  /** Whether the store and the listening address allow the local single-user mode (see LocalMode). Default false. */
  readonly localMode?: boolean;
  /** The clock (sessions, sign-in throttling, change times). Default: the system's. */
  readonly now?: () => Date;
  /** What the server may fetch from the web (hosts allowed, timeouts, sizes). */
  readonly web?: WebIntakeSettings;
}

/** Every service the HTTP shell needs, over one store. */
export function createServices(db: Kysely<Database>, options: ServicesOptions = {}) {
  const now = options.now ?? (() => new Date());
  const intake = new WebIntakeService(db, options.web ?? defaultWebIntakeSettings);
  return {
    intake,
    watches: new WatchService(db, intake),
    documents: new DocumentsService(db),
    analysis: new StoredAnalysisService(db),
    pastedText: new PastedTextService(db),
    tracking: new TrackingService(db, now),
    review: new ReviewService(db, now),
    followup: new FollowupService(db),
    exports: new ExportService(db),
    users: new UsersService(db, now),
    sessions: new SessionsService(db, now),
    localMode: new LocalMode(db, options.localMode ?? false),
  };
}
