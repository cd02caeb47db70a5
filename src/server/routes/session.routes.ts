import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import { signInRequest } from '../../core/api/index.js';
import type { UsersService } from '../../services/users.service.js';
import type { SessionsService } from '../../services/sessions.service.js';
import { csrfTokenOf } from '../../services/secret-tokens.js';
import { clearSessionCookie, isHttps, setSessionCookie } from '../session-cookie.js';
import { jsonBody, parse } from '../validate.js';

/** The client's address, for slowing down repeated failed sign-ins; "unknown" without a socket. */
function clientOf(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * /api/session: who is signed in (and the CSRF token the page sends with each write), signing in
 * with a name and password (a session cookie), and signing out.
 */
export function sessionRoutes(sessions: SessionsService, users: UsersService, publicOrigin: string | null) {
  const describe = async (c: Context) => {
    const auth = c.get('auth');
    if (auth.kind === 'local')
      return { mode: 'local' as const, user: null, csrfToken: auth.csrfToken, expiresAt: null, hasUsers: false };
    const hasUsers = (await users.count()) > 0;
    if (auth.kind === 'user') {
      const { name, party, role } = auth.actor;
      return auth.via === 'session'
        ? {
            mode: 'users' as const,
            user: { name, party, role },
            csrfToken: csrfTokenOf(auth.secret),
            expiresAt: auth.expiresAt,
            hasUsers,
          }
        : { mode: 'users' as const, user: { name, party, role }, csrfToken: null, expiresAt: null, hasUsers };
    }
    return { mode: 'users' as const, user: null, csrfToken: null, expiresAt: null, hasUsers };
  };
  return new Hono()
    .get('/', async (c) => c.json(await describe(c)))
    .post('/', async (c) => {
      const body = parse(signInRequest, await jsonBody(c.req), 'body');
      const { secret, user, expiresAt } = await sessions.signIn(body.name, body.password, clientOf(c));
      setSessionCookie(c, secret, expiresAt, isHttps(c, publicOrigin));
      return c.json({
        mode: 'users' as const,
        user: { name: user.name, party: user.party, role: user.role },
        csrfToken: csrfTokenOf(secret),
        expiresAt,
        hasUsers: true,
      });
    })
    .delete('/', async (c) => {
      const auth = c.get('auth');
      if (auth.kind === 'user' && auth.via === 'session') await sessions.signOut(auth.secret);
      clearSessionCookie(c, isHttps(c, publicOrigin));
      return c.json({ signedOut: true });
    });
}
