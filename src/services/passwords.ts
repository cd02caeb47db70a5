import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** scrypt's cost parameters: N (a power of two), r and p. */
export interface PasswordCost {
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

/**
 * The cost of new hashes: N = 2^15, r = 8, p = 3, one of OWASP's recommended settings for scrypt
 * (32 MiB of memory per hash, and some hundreds of milliseconds). Each hash records its own
 * parameters, so raising these later leaves existing passwords valid.
 */
export const defaultPasswordCost: PasswordCost = { N: 2 ** 15, r: 8, p: 3 };

const KEY_BYTES = 32;
const SALT_BYTES = 16;
/** Derivations at once: a burst of sign-ins queues instead of taking memory without bound. */
const MAX_PARALLEL = 2;

let running = 0;
const waiting: Array<() => void> = [];

async function derive(password: string, salt: Buffer, cost: PasswordCost): Promise<Buffer> {
  if (running >= MAX_PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await new Promise((resolve, reject) => {
      scrypt(
        password.normalize('NFC'),
        salt,
        KEY_BYTES,
        { ...cost, maxmem: 256 * cost.N * cost.r + 1024 * 1024 },
        (error, key) => (error ? reject(error) : resolve(key)),
      );
    });
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** Hashes a password with scrypt and a fresh salt: `scrypt$N$r$p$SALT$HASH` (base64url). */
export async function hashPassword(password: string, cost: PasswordCost = defaultPasswordCost): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Whether `password` matches a stored hash; compared in constant time. A malformed hash matches nothing. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  // A stored hash is trusted data, but a cost far beyond ours would stall the server: refuse it.
  if (!Object.values(cost).every((v) => Number.isInteger(v) && v > 0) || cost.N > 2 ** 20 || cost.r > 32 || cost.p > 16)
    return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), cost);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

let decoy: Promise<string> | undefined;

/**
 * A hash of no one's password, checked when a name is unknown so that a wrong name takes as long
 * as a wrong password and answers alike.
 */
export function decoyHash(): Promise<string> {
  return (decoy ??= hashPassword(randomBytes(12).toString('base64url')));
}
