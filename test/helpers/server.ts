import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Kysely } from 'kysely';
import { createApp } from '../../src/server/app.js';
import { createServices } from '../../src/services/create-services.js';
import type { StoredAnalysisOptions } from '../../src/services/stored-analysis.service.js';
import type { Database } from '../../src/store/schema.js';

/**
 * Starts the real HTTP server on a free localhost port, with the stored analysis's background work
 * started as `puente serve` starts it; `close()` stops both.
 */
export async function startServer(
  db: Kysely<Database>,
  webRoot?: string,
  options: { analysis?: StoredAnalysisOptions } = {},
): Promise<{ url: string; services: ReturnType<typeof createServices>; close: () => Promise<void> }> {
  const services = createServices(db, options);
  services.analysis.start();
  const app = createApp(services, { webRoot });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      const close = async () => {
        await new Promise((done) => server.close(() => done(undefined)));
        await services.analysis.close();
      };
      resolve({ url: `http://127.0.0.1:${info.port}`, services, close });
    });
  });
}
