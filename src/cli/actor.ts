import { userInfo } from 'node:os';
import type { Actor } from '../core/index.js';
import type { UsersService } from '../services/users.service.js';
import { UsageError } from './usage-error.js';

/**
 * Whether a command may act without `--as`: `never`, `without-users` (as the command line, while
 * the store has no users), or `always` (user management, which the holder of the store does).
 */
export type Anonymous = 'never' | 'without-users' | 'always';

/** Who runs the command line when no user is named, as the audit log records it. */
export function commandLineActor(): Actor {
  let who = 'unknown';
  try {
    who = userInfo().username;
  } catch {
    /* no user database: keep "unknown" */
  }
  return { name: `command line (${who})`, party: null, role: 'local' };
}

/** The options of a command that acts on a store as someone: `--db PATH --as NAME --party CODE`. */
export const actingOptions = {
  db: { type: 'string' },
  as: { type: 'string' },
  party: { type: 'string' },
} as const;

/**
 * The actor named by `--as NAME [--party CODE]` (PUENTE_USER and PUENTE_PARTY are the defaults).
 * On a store with users NAME must be one of them, and the party and role are that user's own
 * (a different `--party` is refused); on a store without users NAME acts alone, for the party given.
 */
export async function actorFrom(
  users: UsersService,
  values: { as?: string; party?: string },
  anonymous: Anonymous = 'never',
): Promise<Actor> {
  const name = values.as ?? process.env.PUENTE_USER;
  const party = values.party ?? process.env.PUENTE_PARTY ?? null;
  if (party !== null && !/^[A-Z]{3}$/.test(party))
    throw new UsageError(`--party ${party}: expected an ISO alpha-3 code such as USA or MEX`);
  const withUsers = (await users.count()) > 0;
  if (!name) {
    if (anonymous === 'always' || (anonymous === 'without-users' && !withUsers)) return commandLineActor();
    throw new UsageError(
      withUsers
        ? 'say which user is acting with --as NAME (this store has users; see puente user list)'
        : 'say who is acting with --as NAME (and --party CODE when speaking for a party)',
    );
  }
  if (!withUsers) return { name, party, role: 'local' };
  const user = await users.find(name);
  if (!user) throw new UsageError(`--as ${name}: this store has no such user (see puente user list)`);
  if (party !== null && party !== user.party)
    throw new UsageError(`--party ${party}: ${user.name} speaks for ${user.party ?? 'no party'}`);
  return { name: user.name, party: user.party, role: user.role };
}
