import { isIP } from 'node:net';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { UsersRepository } from '../store/repositories/users.repository.js';

/** Whether an address or host name only ever reaches this machine. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost' || bare === '::1') return true;
  return isIP(bare) === 4 && bare.startsWith('127.');
}

/**
 * The local single-user mode: the web app and API work without signing in, as one person on one
 * machine. It applies only when all three hold: the store is the embedded SQLite file (not a
 * shared PostgreSQL server), the server listens on a loopback address only (127.0.0.1, ::1 or
 * localhost), and the store has no users yet. The first `puente user add` ends it at once, even
 * while the server runs; from then on every request needs a session or an API token.
 */
export class LocalMode {
  private readonly users: UsersRepository;

  constructor(
    db: Kysely<Database>,
    /** Whether the store and the listening address allow it (the first two conditions). */
    readonly allowed: boolean,
  ) {
    this.users = new UsersRepository(db);
  }

  /** For a server on `host` over a store of `dialect`: whether the first two conditions hold. */
  static allows(dialect: 'sqlite' | 'postgres', host: string): boolean {
    return dialect === 'sqlite' && isLoopback(host);
  }

  /** Whether the mode applies now (checked on each request, so that adding a user ends it). */
  async active(): Promise<boolean> {
    return this.allowed && (await this.users.count()) === 0;
  }
}
