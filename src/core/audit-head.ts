import { createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson, GENESIS_HASH, type AuditEntry, type AuditProblem } from './audit.js';

/**
 * The audit chain's head signed with the deployment's Ed25519 key: what each party keeps, so that
 * a later rewrite of the log (even one that recomputes every hash) no longer matches it.
 */
export interface SignedAuditHead {
  readonly format: 'puente-audit-head/1';
  /** Number of the newest entry (0 for an empty log). */
  readonly seq: number;
  /** Hash of the newest entry (the genesis hash for an empty log). */
  readonly hash: string;
  /** When the head was signed. */
  readonly signedAt: string;
  /** The signer's public key, SPKI PEM. */
  readonly publicKey: string;
  /** Ed25519 signature of the other fields' canonical JSON, base64. */
  readonly signature: string;
}

const signedPart = (head: Omit<SignedAuditHead, 'signature'>) =>
  Buffer.from(
    canonicalJson({
      format: head.format,
      seq: head.seq,
      hash: head.hash,
      signedAt: head.signedAt,
      publicKey: head.publicKey,
    }),
  );

/** Signs the newest entry's number and hash. */
export function signAuditHead(
  head: { seq: number; hash: string },
  privateKey: KeyObject,
  signedAt: string,
): SignedAuditHead {
  const publicKey = createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
  const unsigned = { format: 'puente-audit-head/1' as const, seq: head.seq, hash: head.hash, signedAt, publicKey };
  return { ...unsigned, signature: sign(null, signedPart(unsigned), privateKey).toString('base64') };
}

/** Whether the head's signature matches its content and its public key. */
export function hasValidSignature(head: SignedAuditHead): boolean {
  try {
    return verify(null, signedPart(head), createPublicKey(head.publicKey), Buffer.from(head.signature, 'base64'));
  } catch {
    return false;
  }
}

/**
 * Compares the log with a head saved earlier: the saved entry must still be there with the same
 * hash. A wipe, a truncation below the saved entry and a rewrite of any entry up to it (hashes
 * recomputed or not) all break that. `deploymentKey` is this deployment's public key (SPKI PEM).
 */
export function checkAgainstSavedHead(
  entries: readonly AuditEntry[],
  saved: SignedAuditHead,
  deploymentKey: string,
): AuditProblem[] {
  const problems: AuditProblem[] = [];
  if (!hasValidSignature(saved))
    problems.push({
      seq: saved.seq,
      problem: "the saved head's signature does not match its content: the head file was altered",
    });
  if (saved.publicKey.trim() !== deploymentKey.trim()) {
    problems.push({
      seq: saved.seq,
      problem:
        "the saved head was signed with another key than this deployment's: the key was replaced, or the head comes from another store",
    });
  }
  if (saved.seq === 0) {
    if (saved.hash !== GENESIS_HASH)
      problems.push({ seq: 0, problem: 'the saved head names entry 0 with a hash other than the genesis hash' });
    return problems;
  }
  const last = entries.at(-1);
  const entry = entries.find((e) => e.seq === saved.seq);
  if (!entries.length) {
    problems.push({
      seq: saved.seq,
      problem: `the log is empty, but the saved head shows ${saved.seq} entries: the log was wiped`,
    });
  } else if (!entry) {
    problems.push({
      seq: saved.seq,
      problem: `the log ends at entry ${last?.seq ?? 0}, but the saved head shows entry ${saved.seq}: the log was truncated`,
    });
  } else if (entry.hash !== saved.hash) {
    problems.push({
      seq: saved.seq,
      problem: `entry ${saved.seq} no longer has the hash in the saved head: entries up to ${saved.seq} were rewritten and their hashes recomputed`,
    });
  }
  return problems;
}
