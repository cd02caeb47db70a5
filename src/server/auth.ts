import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { AuthenticationError, type Actor } from '../core/index.js';
import { authorize } from '../services/access-policy.js';
import type { LocalMode } from '../services/local-mode.js';
import { csrfTokenOf } from '../services/secret-tokens.js';
import type { SessionsService } from '../services/sessions.service.js';
import { HttpError } from './errors.js';
import { sessionSecretOf } from './session-cookie.js';

/** Who a request comes from, as the authentication middleware found it. */
export type Auth =
  | {
      readonly kind: 'user';
      readonly actor: Actor;
      readonly via: 'session';
      readonly secret: string;
      readonly expiresAt: string;
    }
  | { readonly kind: 'user'; readonly actor: Actor; readonly via: 'token' }
  /** The local single-user mode: no sign-in; who acts is what the browser's "Acting as" box says. */
  | { readonly kind: 'local'; readonly csrfToken: string }
  | { readonly kind: 'none' };

declare module 'hono' {
  interface ContextVariableMap {
    auth: Auth;
  }
}

/** API routes open to anyone: health, the API's description, the vocabulary, and signing in (or asking whether one is). */
const publicRoutes = new Set([
  'GET /api/health',
  'GET /api/openapi.json',
  'GET /api/vocabulary',
  'GET /api/session',
  'POST /api/session',
]);

const localReader: Actor = { name: 'local user', party: null, role: 'local' };

const unsafe = (method: string) => method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Finds who a request comes from (an API token, a session cookie, or the local single-user mode)
 * and refuses, before any route runs: a request to a non-public route with none of them (401), a
 * write from a session or the local mode without its CSRF token (403), a read the role does not
 * allow (the service layer's policy decides).
 */
export function authenticate(
  sessions: SessionsService,
  localMode: LocalMode,
  localCsrfToken: string,
): MiddlewareHandler {
  return async (c, next) => {
    const auth = await findAuth(c, sessions, localMode, localCsrfToken);
    c.set('auth', auth);
    const route = `${c.req.method} ${c.req.path}`;
    if (publicRoutes.has(route)) return next();
    if (auth.kind === 'none')
      throw new AuthenticationError(
        'Sign in first: this needs a session (sign in at /) or an API token (Authorization: Bearer …)',
      );
    if (unsafe(c.req.method)) {
      // A cookie rides along with any request the browser sends; the token proves the page is ours.
      const expected =
        auth.kind === 'local' ? auth.csrfToken : auth.via === 'session' ? csrfTokenOf(auth.secret) : null;
      const sent = c.req.header('x-csrf-token');
      if (expected !== null && (!sent || !sameSecret(sent, expected))) {
        throw new HttpError(
          403,
          'csrf_token',
          'This write lacks the CSRF token of the page (X-CSRF-Token from GET /api/session): reload the page',
        );
      }
    } else {
      authorize(auth.kind === 'user' ? auth.actor : localReader, 'read');
    }
    return next();
  };
}

async function findAuth(
  c: Context,
  sessions: SessionsService,
  localMode: LocalMode,
  localCsrfToken: string,
): Promise<Auth> {
  const authorization = c.req.header('authorization');
  if (authorization !== undefined) {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    const actor = token ? await sessions.tokenActor(token) : null;
    if (!actor) throw new AuthenticationError('The API token is not valid, or was revoked');
    return { kind: 'user', actor, via: 'token' };
  }
  const secret = sessionSecretOf(c);
  if (secret) {
    const session = await sessions.sessionActor(secret);
    if (session) return { kind: 'user', actor: session.actor, via: 'session', secret, expiresAt: session.expiresAt };
  }
  if (await localMode.active()) return { kind: 'local', csrfToken: localCsrfToken };
  return { kind: 'none' };
}
