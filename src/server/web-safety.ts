import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HttpError } from './errors.js';

/**
 * The content security policy: scripts and styles only from this server (no inline script), no
 * plugins, no framing by any other page, forms and requests only back to this server.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Sets the security headers on every response, and keeps API answers out of caches. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    headers.set('Content-Security-Policy', contentSecurityPolicy);
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('Referrer-Policy', 'no-referrer');
    headers.set('X-Frame-Options', 'DENY');
    headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    headers.set('Cross-Origin-Resource-Policy', 'same-origin');
    if (c.req.path.startsWith('/api/')) headers.set('Cache-Control', 'no-store');
  };
}

/**
 * Refuses a request whose Host is not one of this server's names. A page on another site whose
 * name is made to resolve to this machine (DNS rebinding) sends its own name, and is refused
 * before it can read or write anything.
 */
export function hostCheck(allowedHostnames: readonly string[]): MiddlewareHandler {
  const allowed = new Set(allowedHostnames.map((name) => name.toLowerCase()));
  return async (c, next) => {
    const host = new URL(c.req.url).hostname.toLowerCase();
    if (!allowed.has(host)) {
      const message = `Host "${host}" is not a name of this server; start it with --public-url naming the address people use`;
      if (c.req.path.startsWith('/api/')) throw new HttpError(403, 'host_not_allowed', message);
      return c.text(message, 403);
    }
    await next();
  };
}

const unsafe = (method: string) => method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';

/**
 * Refuses writes another site's page sends: an Origin that is not this server's (or the public
 * URL's), or, from browsers that send no Origin, a Sec-Fetch-Site other than same-origin.
 * Scripts send neither, and are let through to authenticate with their token.
 */
export function refuseCrossSite(publicOrigin: string | null): MiddlewareHandler {
  return async (c, next) => {
    if (unsafe(c.req.method)) {
      const origin = c.req.header('origin');
      const site = c.req.header('sec-fetch-site');
      const own = new URL(c.req.url).host;
      let crossSite = false;
      if (origin !== undefined) {
        let host: string | null = null;
        try {
          host = new URL(origin).host;
        } catch {
          /* "null" or garbage: cross-site */
        }
        crossSite = host !== own && origin !== publicOrigin;
      } else if (site !== undefined) crossSite = site !== 'same-origin' && site !== 'none';
      if (crossSite)
        throw new HttpError(
          403,
          'cross_site',
          `Writes from another site are refused (Origin ${origin ?? '(none)'}, Sec-Fetch-Site ${site ?? '(none)'})`,
        );
    }
    await next();
  };
}

/**
 * Writes carry JSON in UTF-8 or nothing: a form or text/plain post (which a browser sends across
 * sites without asking) is refused with 415.
 */
export function jsonOnly(): MiddlewareHandler {
  return async (c, next) => {
    if (unsafe(c.req.method)) {
      const length = c.req.header('content-length');
      const hasBody = (length !== undefined && length !== '0') || c.req.header('transfer-encoding') !== undefined;
      const type = c.req.header('content-type') ?? '';
      const [mediaType = '', ...parameters] = type.split(';').map((part) => part.trim().toLowerCase());
      const charset = parameters
        .find((p) => p.startsWith('charset='))
        ?.slice(8)
        .replace(/"/g, '');
      if (hasBody && (mediaType !== 'application/json' || (charset !== undefined && charset !== 'utf-8'))) {
        throw new HttpError(
          415,
          'unsupported_media_type',
          `Writes take a JSON body (Content-Type: application/json, UTF-8), not ${type || 'an untyped body'}`,
        );
      }
    }
    await next();
  };
}

/**
 * Refuses a body over `maxBytes` with 413: at once from its Content-Length, or as soon as a
 * chunked body passes the limit, so no more than the limit is ever held in memory.
 */
export function bodySizeLimit(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new HttpError(413, 'body_too_large', `The request body is over the limit of ${formatBytes(maxBytes)}`);
    },
  });
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${Math.round((bytes / 1024 ** 2) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
