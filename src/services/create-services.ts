import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { AuditService } from './audit.service.js';
import { BundledExample } from './bundled-example.js';
import { DocumentsService } from './documents.service.js';
import { ExportService } from './export.service.js';
import { FollowupService } from './followup.service.js';
import { IngestService } from './ingest.service.js';
import { LocalMode } from './local-mode.js';
import { PastedTextService } from './pasted-text.service.js';
import { ProposalService } from './proposal.service.js';
import { ReportService } from './report.service.js';
import { ReviewService } from './review.service.js';
import { SessionsService } from './sessions.service.js';
import { StoredAnalysisService, type StoredAnalysisOptions } from './stored-analysis.service.js';
import { TrackingService } from './tracking.service.js';
import { UsersService } from './users.service.js';
import { WatchService } from './watch.service.js';
import { defaultWebIntakeSettings, WebIntakeService, type WebIntakeSettings } from './web-intake.service.js';

/** How the services are set up. */
export interface ServicesOptions {
  /** Whether the store and the listening address allow the local single-user mode (see LocalMode). Default false. */
  readonly localMode?: boolean;
  /** The clock (sessions, sign-in throttling, change times). Default: the system's. */
  readonly now?: () => Date;
  /** What the server may fetch from the web (hosts allowed, timeouts, sizes). */
  readonly web?: WebIntakeSettings;
  /** The stored analysis's options (its analyser, its collection runner). Default: the real ones. */
  readonly analysis?: StoredAnalysisOptions;
}

/**
 * Every service the shells (HTTP and command line) use, over one store: the shells build nothing
 * else from the store. The stored analysis's background work starts with `analysis.start()` and
 * stops with `analysis.close()`; nothing else runs until called.
 */
export function createServices(db: Kysely<Database>, options: ServicesOptions = {}) {
  const now = options.now ?? (() => new Date());
  const intake = new WebIntakeService(db, options.web ?? defaultWebIntakeSettings);
  const analysis = new StoredAnalysisService(db, options.analysis);
  return {
    intake,
    watches: new WatchService(db, intake),
    documents: new DocumentsService(db),
    analysis,
    pastedText: new PastedTextService(db, () => analysis.changed()),
    tracking: new TrackingService(db, now),
    review: new ReviewService(db, now),
    followup: new FollowupService(db),
    exports: new ExportService(db),
    users: new UsersService(db, now),
    sessions: new SessionsService(db, now),
    localMode: new LocalMode(db, options.localMode ?? false),
    ingest: new IngestService(db, now),
    proposals: new ProposalService(db, now),
    reports: new ReportService(db),
    audit: new AuditService(db, now),
    example: new BundledExample(db),
  };
}

/** The services over one store, as `createServices` makes them. */
export type Services = ReturnType<typeof createServices>;
