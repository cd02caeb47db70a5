import { randomBytes } from 'node:crypto';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { languages, vocabularies } from '../core/vocabulary.js';
import type { DocumentsService } from '../services/documents.service.js';
import type { ExportService } from '../services/export.service.js';
import type { FollowupService } from '../services/followup.service.js';
import type { LocalMode } from '../services/local-mode.js';
import type { PastedTextService } from '../services/pasted-text.service.js';
import type { ReviewService } from '../services/review.service.js';
import type { SessionsService } from '../services/sessions.service.js';
import type { StoredAnalysisService } from '../services/stored-analysis.service.js';
import type { TrackingService } from '../services/tracking.service.js';
import type { WatchService } from '../services/watch.service.js';
import type { WebIntakeService } from '../services/web-intake.service.js';
import type { UsersService } from '../services/users.service.js';
import { authenticate } from './auth.js';
import { handleError } from './errors.js';
import { openApiDocument } from './openapi.js';
import { analysisRoutes } from './routes/analysis.routes.js';
import { documentsRoutes } from './routes/documents.routes.js';
import { intakeRoutes } from './routes/intake.routes.js';
import { exportRoutes } from './routes/export.routes.js';
import { sessionRoutes } from './routes/session.routes.js';
import { trackingRoutes } from './routes/tracking.routes.js';
import { jobsRoutes, type JobsView } from './routes/jobs.routes.js';
import { bodySizeLimit, hostCheck, jsonOnly, refuseCrossSite, securityHeaders } from './web-safety.js';

/** The services the HTTP shell exposes. */
export interface AppServices {
  readonly documents: DocumentsService;
  readonly analysis: StoredAnalysisService;
  readonly pastedText: PastedTextService;
  readonly tracking: TrackingService;
  readonly review: ReviewService;
  readonly followup: FollowupService;
  readonly intake: WebIntakeService;
  readonly watches: WatchService;
  readonly exports: ExportService;
  readonly users: UsersService;
  readonly sessions: SessionsService;
  readonly localMode: LocalMode;
  /** The job queue, to show its work; none answers `{overview: null}`. */
  readonly jobs?: JobsView;
}

/** How the HTTP shell guards itself. */
export interface AppOptions {
  /** Folder of the web app's static files; none serves the API alone. */
  readonly webRoot?: string;
  /** Host names the server answers to besides localhost, 127.0.0.1 and ::1 (e.g. the address it listens on). */
  readonly allowedHosts?: readonly string[];
  /**
   * The URL people open, when a proxy serves the app (e.g. https://puente.example.org): its host
   * is allowed, its origin may write, and https makes the session cookie Secure. Default none.
   */
  readonly publicUrl?: string | null;
  /** Largest request body, in bytes. Default 8 MB (a pasted text may have 5 MB). */
  readonly maxBodyBytes?: number;
}

/** Largest request body by default. */
export const DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;

/**
 * Builds the HTTP app: the JSON API under /api and the web app's static files from `webRoot`,
 * behind the host check, the security headers, the refusal of cross-site writes and non-JSON
 * bodies, authentication, and the body size limit, in that order.
 */
export function createApp(services: AppServices, options: AppOptions = {}) {
  const publicOrigin = options.publicUrl ? new URL(options.publicUrl).origin : null;
  const hosts = [
    'localhost',
    '127.0.0.1',
    '[::1]',
    ...(options.allowedHosts ?? []),
    ...(publicOrigin ? [new URL(publicOrigin).hostname] : []),
  ];
  // The local mode's CSRF token: any page of ours can read it; no other site can.
  const localCsrfToken = randomBytes(32).toString('base64url');
  const app = new Hono();
  app.use('*', securityHeaders(), hostCheck(hosts));
  app.use(
    '/api/*',
    refuseCrossSite(publicOrigin),
    jsonOnly(),
    authenticate(services.sessions, services.localMode, localCsrfToken),
    bodySizeLimit(options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES),
  );
  const routes = app
    .route('/api/session', sessionRoutes(services.sessions, services.users, publicOrigin))
    .route('/api/documents', documentsRoutes(services.documents, services.analysis))
    .route('/api', analysisRoutes(services.analysis, services.pastedText))
    .route('/api', trackingRoutes(services.tracking, services.review, services.followup, services.documents))
    .route('/api', intakeRoutes(services.intake, services.watches))
    .route('/api/export', exportRoutes(services.exports))
    .route('/api', jobsRoutes(services.jobs))
    .get('/api/openapi.json', (c) => c.json(openApiDocument))
    .get('/api/health', (c) => c.json({ ok: true }))
    // The same words the command line and the report print, so that the web app says them alike.
    .get('/api/vocabulary', (c) => c.json({ languages, vocabularies }))
    .get('/api/status', (c) => c.json(services.analysis.status()));
  app.notFound((c) =>
    c.req.path.startsWith('/api/')
      ? c.json({ error: { code: 'not_found', message: `no route ${c.req.method} ${c.req.path}` } }, 404)
      : c.text('Not found', 404),
  );
  app.onError(handleError);
  if (options.webRoot) {
    app.use('/*', serveStatic({ root: options.webRoot }));
    // The web app routes in the browser: unknown non-API paths get its page.
    app.get('*', serveStatic({ root: options.webRoot, path: 'index.html' }));
  }
  return routes;
}

/** The app's type, for the web client. */
export type AppType = ReturnType<typeof createApp>;
