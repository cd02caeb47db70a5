import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { InputError } from '../core/index.js';

/**
 * The deployment's audit key file: `--key`, then PUENTE_AUDIT_KEY, then `STORE.audit-key.pem` beside
 * a SQLite store (`puente.audit-key.pem` in the current folder for a PostgreSQL store, which has no folder).
 */
export function auditKeyPath(storePath: string, option?: string): string {
  const beside = /^postgres(?:ql)?:\/\//i.test(storePath) ? 'puente.audit-key.pem' : `${storePath}.audit-key.pem`;
  return option ?? process.env.PUENTE_AUDIT_KEY ?? beside;
}

/**
 * Reads the deployment's Ed25519 private key (PKCS#8 PEM). With `create`, a missing file is made
 * with a new key, readable by its owner only; verifying never creates one, since a new key could
 * not vouch for heads signed before.
 */
export async function loadAuditKey(path: string, options: { create: boolean }): Promise<KeyObject> {
  let pem: string;
  try {
    pem = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new InputError(path, `cannot read the audit key (${(error as Error).message})`, { cause: error });
    if (!options.create)
      throw new InputError(
        path,
        'no audit key here: sign a head first (puente audit head), or name the key with --key or PUENTE_AUDIT_KEY',
        { cause: error },
      );
    pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    try {
      await writeFile(path, pem, { mode: 0o600, flag: 'wx' });
    } catch (writeError) {
      // Another process made the key first; use that one.
      if ((writeError as NodeJS.ErrnoException).code !== 'EEXIST')
        throw new InputError(path, `cannot create the audit key (${(writeError as Error).message})`, {
          cause: writeError,
        });
      pem = await readFile(path, 'utf8');
    }
  }
  try {
    const key = createPrivateKey(pem);
    if (key.asymmetricKeyType !== 'ed25519') throw new Error(`a ${key.asymmetricKeyType ?? 'symmetric'} key`);
    return key;
  } catch (error) {
    throw new InputError(path, `is not an Ed25519 private key in PEM (${(error as Error).message})`, { cause: error });
  }
}

/** The public half of a private key, SPKI PEM, as signed heads carry it. */
export function publicKeyPem(privateKey: KeyObject): string {
  return createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
}
