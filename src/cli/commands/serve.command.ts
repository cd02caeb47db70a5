import { isIP } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { z } from 'zod';
import { createApp } from '../../server/app.js';
import { createServices, type Services } from '../../services/create-services.js';
import { LocalMode } from '../../services/local-mode.js';
import { WatchScheduler } from '../../services/watch-scheduler.js';
import { openStore } from '../../services/open-store.js';
import { describeStore, storeConfigFrom } from '../../services/open-store.js';
import { openJobQueue } from '../../jobs/open-job-queue.js';
import { ExitCode } from '../exit-codes.js';
import { bytesFrom, databasePathFrom, hostPolicyFrom, readLimitsFrom, timeoutFrom } from '../options.js';
import { packageRoot } from '../package-root.js';
import { printable } from '../printable.js';
import { UsageError } from '../usage-error.js';
import type { CommandIo } from './command-io.js';
import { summaryLine } from './ingest.command.js';
import { pollLine } from './watch.command.js';

const portSchema = z.coerce.number().int().min(0).max(65535);
const publicUrlSchema = z.url({
  protocol: /^https?$/,
  error: 'an http or https URL such as https://puente.example.org',
});

/** The host as a URL writes it: IPv6 addresses in brackets. */
const urlHost = (host: string) => (isIP(host) === 6 ? `[${host}]` : host);

/** The names this machine may be reached by when listening on every interface: its addresses and host name. */
function machineNames(): string[] {
  const addresses = Object.values(networkInterfaces()).flatMap((list) =>
    (list ?? []).map((i) => urlHost(i.address.replace(/%.*$/, ''))),
  );
  return [...addresses, hostname()];
}

/**
 * `puente serve [--port N] [--host ADDR] [--public-url URL] [--max-body SIZE] [--db FILE] [--example] [--allow-host HOST]...`:
 * the web app and JSON API, on 127.0.0.1 unless --host says otherwise; watched feeds are read as they fall due while it runs.
 */
export async function serveCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'public-url': { type: 'string' },
      'max-body': { type: 'string' },
      db: { type: 'string' },
      example: { type: 'boolean', default: false },
      'allow-host': { type: 'string', multiple: true },
      timeout: { type: 'string' },
      'max-size': { type: 'string' },
    },
  });
  const web = {
    limits: readLimitsFrom(values['max-size']),
    timeoutMs: timeoutFrom(values.timeout),
    maxRedirects: 5,
    policy: hostPolicyFrom(values['allow-host']),
  };
  const port = portSchema.safeParse(values.port ?? process.env.PORT ?? '4173');
  if (!port.success)
    throw new UsageError(`--port ${values.port ?? process.env.PORT}: expected a port number from 0 to 65535`);
  const host = values.host ?? process.env.PUENTE_HOST ?? '127.0.0.1';
  const rawPublicUrl = values['public-url'] ?? process.env.PUENTE_PUBLIC_URL;
  const publicUrl = rawPublicUrl === undefined ? null : publicUrlSchema.safeParse(rawPublicUrl);
  if (publicUrl && !publicUrl.success)
    throw new UsageError(`--public-url ${rawPublicUrl}: expected ${publicUrl.error.issues[0]?.message ?? 'a URL'}`);
  const maxBodyBytes = values['max-body'] === undefined ? undefined : bytesFrom('--max-body', values['max-body']);
  const location = databasePathFrom(values.db);
  const config = storeConfigFrom(location);
  const store = await openStore(location, io);
  if (!store) return ExitCode.store;
  const root = packageRoot();
  // The server only shows the queue; workers (`puente worker`) run the jobs and pg-boss's upkeep.
  const jobs = await openJobQueue(config, store, { supervise: false });
  const services = { ...createServices(store, { localMode: LocalMode.allows(config.dialect, host), web }), jobs };
  if (values.example && (await services.example.fits())) {
    const { summary, problems, agreementId, assessed, proposed } = await services.example.load(root);
    for (const problem of problems) io.error(printable(problem.message));
    io.out(`Loaded the bundled example: ${summaryLine(summary)}`);
    io.out(
      `Imported the example agreement ${agreementId} with ${assessed} illustrative assessments: ${proposed} evidence proposals await review`,
    );
  }
  // Documents an older pipeline analysed are analysed again in the background; progress: /api/status.
  services.analysis.start();
  const wildcard = host === '0.0.0.0' || host === '::';
  const app = createApp(services, {
    webRoot: relative(process.cwd(), join(root, 'web', 'public')) || '.',
    allowedHosts: wildcard ? machineNames() : [urlHost(host)],
    publicUrl: publicUrl?.data ?? null,
    maxBodyBytes,
  });
  // Watched feeds are read in this process while it serves; new documents get their proposals.
  const scheduler = new WatchScheduler(services.watches, {
    onPolled: async (results) => {
      for (const result of results) {
        for (const problem of result.problems) io.error(printable(problem.message));
        io.out(pollLine(result));
      }
      if (results.some((r) => r.summary.new + r.summary.versions > 0)) await services.proposals.proposePending();
    },
    onError: (error) =>
      io.error(`puente serve: reading watched feeds failed: ${error instanceof Error ? error.message : String(error)}`),
  });
  const server = serve({ fetch: app.fetch, port: port.data, hostname: host }, (info) => {
    const shown =
      publicUrl?.data ??
      `http://${LocalMode.allows(config.dialect, host) || wildcard ? 'localhost' : urlHost(host)}:${info.port}/`;
    io.out(
      `Puente is serving on ${shown} (listening on ${urlHost(host)}:${info.port}; store: ${describeStore(config)}; Ctrl+C stops it)`,
    );
  });
  // A port already taken is the user's to fix: one line and an exit code, not a stack trace.
  const listening = await new Promise<boolean>((resolve) => {
    server.once('listening', () => resolve(true));
    server.once('error', (error: NodeJS.ErrnoException) => {
      const why =
        error.code === 'EADDRINUSE'
          ? 'is already in use'
          : error.code === 'EACCES'
            ? 'is not open to this user'
            : error.code === 'EADDRNOTAVAIL'
              ? 'is not an address of this machine'
              : `cannot be used (${error.code ?? error.message})`;
      io.error(
        `puente serve: port ${port.data} on ${host} ${why}; choose another with --port N or PORT=N${error.code === 'EADDRNOTAVAIL' ? ', or another --host' : ''}`,
      );
      resolve(false);
    });
  });
  if (!listening) {
    await jobs.close();
    await services.analysis.close();
    await store.destroy();
    return ExitCode.unavailable;
  }
  scheduler.start();
  for (const line of await signInNotice(services, values.db)) io.out(line);
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await scheduler.stop();
  await jobs.close();
  await services.analysis.close();
  await store.destroy();
  return ExitCode.ok;
}

/** What the first lines after starting say about signing in: the local mode, or how to make the first administrator. */
async function signInNotice(services: Services, db: string | undefined): Promise<string[]> {
  const users = await services.users.count();
  const dbOption = db ? ` --db ${db}` : '';
  if (users > 0) return [`Sign-in required: ${users} user${users === 1 ? '' : 's'} (puente user list${dbOption})`];
  if (services.localMode.allowed) {
    return [
      'Local single-user mode: no sign-in, because the store is an embedded file without users and the server listens on this computer only.',
      `Adding a user ends it: puente user add NAME --role admin${dbOption}`,
    ];
  }
  return [
    'This store has no users yet, so nobody can sign in. Create the first administrator, then sign in at the address above:',
    `  puente user add NAME --role admin [--party CODE]${dbOption}`,
  ];
}
