import type { Actor } from '../core/index.js';
import { UsageError } from './usage-error.js';

/** The actor named by `--as NAME [--party CODE]`; PUENTE_USER and PUENTE_PARTY are the defaults. */
export function actorFrom(values: { as?: string; party?: string }, required = true): Actor {
  const name = values.as ?? process.env.PUENTE_USER;
  if (!name) {
    if (required) throw new UsageError('say who is acting with --as NAME (and --party CODE when speaking for a party)');
    return { name: 'cli', party: null };
  }
  const party = values.party ?? process.env.PUENTE_PARTY ?? null;
  if (party !== null && !/^[A-Z]{3}$/.test(party)) throw new UsageError(`--party ${party}: expected an ISO alpha-3 code such as USA or MEX`);
  return { name, party };
}
