import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { DocumentsService } from '../services/documents.service.js';
import type { FollowupService } from '../services/followup.service.js';
import type { PastedTextService } from '../services/pasted-text.service.js';
import type { ReviewService } from '../services/review.service.js';
import type { StoredAnalysisService } from '../services/stored-analysis.service.js';
import type { TrackingService } from '../services/tracking.service.js';
import { handleError } from './errors.js';
import { openApiDocument } from './openapi.js';
import { analysisRoutes } from './routes/analysis.routes.js';
import { documentsRoutes } from './routes/documents.routes.js';
import { trackingRoutes } from './routes/tracking.routes.js';

/** The services the HTTP shell exposes. */
export interface AppServices {
  readonly documents: DocumentsService;
  readonly analysis: StoredAnalysisService;
  readonly pastedText: PastedTextService;
  readonly tracking: TrackingService;
  readonly review: ReviewService;
  readonly followup: FollowupService;
}

/** Builds the HTTP app: the JSON API under /api and the web app's static files from `webRoot`. */
export function createApp(services: AppServices, options: { webRoot?: string } = {}) {
  const app = new Hono()
    .route('/api/documents', documentsRoutes(services.documents, services.analysis))
    .route('/api', analysisRoutes(services.analysis, services.pastedText))
    .route('/api', trackingRoutes(services.tracking, services.review, services.followup, services.documents))
    .get('/api/openapi.json', (c) => c.json(openApiDocument))
    .get('/api/health', (c) => c.json({ ok: true }))
    .get('/api/status', (c) => c.json(services.analysis.status()));
  app.notFound((c) => (c.req.path.startsWith('/api/') ? c.json({ error: { code: 'not_found', message: `no route ${c.req.method} ${c.req.path}` } }, 404) : c.text('Not found', 404)));
  app.onError(handleError);
  if (options.webRoot) {
    app.use('/*', serveStatic({ root: options.webRoot }));
    // The web app routes in the browser: unknown non-API paths get its page.
    app.get('*', serveStatic({ root: options.webRoot, path: 'index.html' }));
  }
  return app;
}

/** The app's type, for the web client. */
export type AppType = ReturnType<typeof createApp>;
