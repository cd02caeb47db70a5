import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

const NAME = 'puente-session';

/** Whether the browser reached us over HTTPS: directly, or through the public URL a proxy serves. */
export function isHttps(c: Context, publicOrigin: string | null): boolean {
  return new URL(c.req.url).protocol === 'https:' || (publicOrigin?.startsWith('https:') ?? false);
}

/** The session secret the browser sent, from either form of the cookie. */
export function sessionSecretOf(c: Context): string | undefined {
  return getCookie(c, NAME, 'host') ?? getCookie(c, NAME);
}

/**
 * Sets the session cookie: HttpOnly (no script reads it), SameSite=Lax (other sites' requests
 * do not carry it, links to us do), Path=/, and over HTTPS Secure with the __Host- prefix (no
 * other host or path can set or shadow it).
 */
export function setSessionCookie(c: Context, secret: string, expiresAt: string, secure: boolean): void {
  const maxAge = Math.max(0, Math.floor((Date.parse(expiresAt) - Date.now()) / 1000));
  setCookie(c, NAME, secret, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    maxAge,
    expires: new Date(expiresAt),
    secure,
    ...(secure ? { prefix: 'host' as const } : {}),
  });
}

export function clearSessionCookie(c: Context, secure: boolean): void {
  deleteCookie(c, NAME, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure,
    ...(secure ? { prefix: 'host' as const } : {}),
  });
}
