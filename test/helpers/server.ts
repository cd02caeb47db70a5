import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Kysely } from 'kysely';
import { createApp } from '../../src/server/app.js';
import { createServices } from '../../src/services/create-services.js';
import type { Database } from '../../src/store/schema.js';
import type { WebIntakeSettings } from '../../src/services/web-intake.service.js';

/** Starts the real HTTP server on a free localhost port; `close()` stops it. `web` bounds what it fetches. */
export async function startServer(db: Kysely<Database>, webRoot?: string, web?: WebIntakeSettings): Promise<{ url: string; close: () => Promise<void> }> {
  const app = createApp(createServices(db, { web }), { webRoot });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      resolve({ url: `http://127.0.0.1:${info.port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
