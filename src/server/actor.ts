import type { Context } from 'hono';
import { AuthenticationError, InputError, type Actor } from '../core/index.js';

/** A header value the web app percent-encodes, so names in any script travel as UTF-8. */
function decoded(value: string | undefined): string | undefined {
  if (value === undefined || !value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * The local single-user mode's actor: the name and party the browser's "Acting as" box sends as
 * X-Puente-User and X-Puente-Party (percent-encoded UTF-8). Only ever used in that mode: with
 * users, these headers are ignored.
 */
export function localActorOf(c: Context, named = true): Actor {
  const name = decoded(c.req.header('x-puente-user'))?.normalize('NFC').trim();
  if (!name && named) throw new InputError('X-Puente-User', 'is required for changes: say who is acting');
  const party = c.req.header('x-puente-party')?.trim() || null;
  if (party !== null && !/^[A-Z]{3}$/.test(party))
    throw new InputError('X-Puente-Party', `"${party}" is not an ISO alpha-3 code such as USA or MEX`);
  return { name: name || 'local user', party, role: 'local' };
}

/**
 * The acting user: with users, the signed-in user (session or API token), whose party and role
 * are the account's own; in the local single-user mode, who the browser says is acting.
 * `named: false` lets the local mode act without a name (for analysing a text).
 */
export function actorOf(c: Context, options: { named?: boolean } = {}): Actor {
  const auth = c.get('auth');
  if (auth?.kind === 'user') return auth.actor;
  if (auth?.kind === 'local') return localActorOf(c, options.named ?? true);
  throw new AuthenticationError('Sign in first: this needs a session or an API token');
}
