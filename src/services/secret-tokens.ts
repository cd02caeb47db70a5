import { createHash, randomBytes } from 'node:crypto';

/** A new random secret of 32 bytes (256 bits), base64url, after `prefix`. */
export function newSecret(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/**
 * A new public id for an API token: 12 hex digits (48 bits). Never base64url, whose "-" first
 * character (one id in 64) a command line reads as an option, so `user revoke-token ID` failed.
 */
export function newTokenId(): string {
  return randomBytes(6).toString('hex');
}

/**
 * The SHA-256 of a secret, in hex: what the store keeps of session cookies and API tokens. A fast
 * hash is enough here because the secrets are random, not chosen by people.
 */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** The token a browser sends back with each write: derived from its session, so no table holds it. */
export function csrfTokenOf(sessionSecret: string): string {
  return createHash('sha256').update(`csrf:${sessionSecret}`).digest('base64url');
}
