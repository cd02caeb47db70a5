import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Kysely } from 'kysely';
import { createApp, type AppOptions } from '../../src/server/app.js';
import { createServices, type ServicesOptions } from '../../src/services/create-services.js';
import type { Database } from '../../src/store/schema.js';

/**
 * Starts the real HTTP server on a free localhost port, with the stored analysis's background work
 * started as `puente serve` starts it; `close()` stops both. On 127.0.0.1 over a SQLite store the
 * local single-user mode may apply (it does while the store has no users); `localMode: false`
 * makes the server behave as a shared one; `web` bounds what it fetches.
 */
export async function startServer(
  db: Kysely<Database>,
  webRoot?: string,
  options: ServicesOptions & Omit<AppOptions, 'webRoot'> = {},
): Promise<{
  url: string;
  app: ReturnType<typeof createApp>;
  services: ReturnType<typeof createServices>;
  close: () => Promise<void>;
}> {
  const services = createServices(db, { localMode: true, ...options });
  services.analysis.start();
  const app = createApp(services, { ...options, webRoot });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      const close = async () => {
        await new Promise<void>((done) => {
          server.close(() => done());
          // Keep-alive sockets (and requests refused before their body came) would hold close() open.
          if ('closeAllConnections' in server) server.closeAllConnections();
        });
        await services.analysis.close();
      };
      resolve({ url: `http://127.0.0.1:${info.port}`, app, services, close });
    });
  });
}
