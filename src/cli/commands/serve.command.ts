import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { z } from 'zod';
import { createApp } from '../../server/app.js';
import { createServices } from '../../services/create-services.js';
import { IngestService } from '../../services/ingest.service.js';
import { readAgreementFile } from '../../services/agreement-file.js';
import { ProposalService } from '../../services/proposal.service.js';
import { TrackingService } from '../../services/tracking.service.js';
import { openStore } from '../../services/open-store.js';
import { defaultReadLimits } from '../../readers/index.js';
import { DocumentsRepository } from '../../store/repositories/documents.repository.js';
import { ExitCode } from '../exit-codes.js';
import { databasePathFrom } from '../options.js';
import { packageRoot } from '../package-root.js';
import { printable } from '../printable.js';
import { UsageError } from '../usage-error.js';
import type { CommandIo } from './command-io.js';
import { summaryLine } from './ingest.command.js';

const portSchema = z.coerce.number().int().min(0).max(65535);

/** `puente serve [--port N] [--db FILE] [--example]`: the web app and JSON API on localhost. */
export async function serveCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: { port: { type: 'string' }, db: { type: 'string' }, example: { type: 'boolean', default: false } },
  });
  const port = portSchema.safeParse(values.port ?? process.env.PORT ?? '4173');
  if (!port.success) throw new UsageError(`--port ${values.port ?? process.env.PORT}: expected a port number from 0 to 65535`);
  const store = await openStore(databasePathFrom(values.db), io);
  if (!store) return ExitCode.store;
  const root = packageRoot();
  if (values.example && (await new DocumentsRepository(store).count()) === 0) {
    // The bundled example, plus the seeds where ../shared sits beside the repo.
    const sources = [join(root, 'example', 'documents'), join(root, '..', 'shared', 'seeds')].filter((path) => existsSync(path));
    const { summary, problems } = await new IngestService(store).ingestPaths(sources, defaultReadLimits);
    for (const problem of problems) io.error(printable(problem.message));
    io.out(`Loaded the bundled example: ${summaryLine(summary)}`);
    const agreement = await readAgreementFile(join(root, 'example', 'agreement.yaml'));
    await new TrackingService(store).importAgreement(agreement, { name: 'puente (bundled example)', party: null });
    const { proposed } = await new ProposalService(store).propose(agreement.id);
    io.out(`Imported the example agreement ${agreement.id}: ${proposed} evidence proposals await review`);
  }
  const services = createServices(store);
  // Documents an older pipeline analysed are analysed again in the background; progress: /api/status.
  services.analysis.start();
  const app = createApp(services, { webRoot: relative(process.cwd(), join(root, 'web', 'public')) || '.' });
  const server = serve({ fetch: app.fetch, port: port.data, hostname: '127.0.0.1' }, (info) => {
    io.out(`Puente is serving on http://localhost:${info.port}/ (store: ${databasePathFrom(values.db)}; Ctrl+C stops it)`);
  });
  // A port already taken is the user's to fix: one line and an exit code, not a stack trace.
  const listening = await new Promise<boolean>((resolve) => {
    server.once('listening', () => resolve(true));
    server.once('error', (error: NodeJS.ErrnoException) => {
      const why = error.code === 'EADDRINUSE' ? 'is already in use' : error.code === 'EACCES' ? 'is not open to this user' : `cannot be used (${error.code ?? error.message})`;
      io.error(`puente serve: port ${port.data} on 127.0.0.1 ${why}; choose another with --port N or PORT=N`);
      resolve(false);
    });
  });
  if (!listening) {
    await services.analysis.close();
    await store.destroy();
    return ExitCode.unavailable;
  }
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await services.analysis.close();
  await store.destroy();
  return ExitCode.ok;
}
