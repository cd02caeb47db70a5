import type { Context } from 'hono';
import { InputError, type Actor } from '../core/index.js';

/**
 * The acting user, from the X-Puente-User and X-Puente-Party headers. A deployment puts its
 * authentication in front and sets these; the service layer enforces what each party may write.
 */
export function actorOf(c: Context): Actor {
  const name = c.req.header('x-puente-user')?.trim();
  if (!name) throw new InputError('X-Puente-User', 'is required for changes: say who is acting');
  const party = c.req.header('x-puente-party')?.trim() || null;
  if (party !== null && !/^[A-Z]{3}$/.test(party)) throw new InputError('X-Puente-Party', `"${party}" is not an ISO alpha-3 code such as USA or MEX`);
  return { name, party };
}
