import { createServices, type Services, type ServicesOptions } from '../services/create-services.js';
import { openStore } from '../services/open-store.js';
import type { CommandIo } from './commands/command-io.js';
import { ExitCode } from './exit-codes.js';
import { databasePathFrom } from './options.js';

/** Opens the store for one command, runs it with the services over that store, and always closes the store. */
export async function withStore(
  dbOption: string | undefined,
  io: CommandIo,
  run: (services: Services) => Promise<number>,
  options: ServicesOptions = {},
): Promise<number> {
  const store = await openStore(databasePathFrom(dbOption), io);
  if (!store) return ExitCode.store;
  try {
    return await run(createServices(store, options));
  } finally {
    await store.destroy();
  }
}
