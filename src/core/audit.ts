import { createHash } from 'node:crypto';

/** What a change was, before it is chained into the log. */
export interface AuditRecord {
  readonly at: string;
  readonly actor: string;
  /** e.g. `assessment.write`, `status.joint`, `proposal.accept`, `agreement.import`. */
  readonly action: string;
  /** What changed, e.g. a commitment id. */
  readonly subject: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** An entry of the append-only audit log. */
export interface AuditEntry extends AuditRecord {
  readonly seq: number;
  readonly prevHash: string;
  readonly hash: string;
}

/** The hash that stands before the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted, so equal values always hash alike. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The hash of an entry: its number, content and the previous entry's hash. */
export function auditHash(seq: number, record: AuditRecord, prevHash: string): string {
  const { at, actor, action, subject, before, after } = record;
  return createHash('sha256')
    .update(prevHash)
    .update(canonicalJson({ seq, at, actor, action, subject, before, after }))
    .digest('hex');
}

/** One problem `verifyAuditLog` found, naming the entry. */
export interface AuditProblem {
  readonly seq: number;
  readonly problem: string;
}

/**
 * Checks the chain: numbers without gaps, each entry linked to the one before, each hash matching
 * its content, and the last entry matching the recorded head. Says which entry is wrong and how.
 */
export function verifyAuditLog(
  entries: readonly AuditEntry[],
  head: { seq: number; hash: string } | null,
): AuditProblem[] {
  const problems: AuditProblem[] = [];
  let previous: AuditEntry | null = null;
  for (const entry of entries) {
    const expectedSeq = (previous?.seq ?? 0) + 1;
    if (entry.seq !== expectedSeq) {
      problems.push({
        seq: entry.seq,
        problem:
          entry.seq > expectedSeq
            ? `entries ${expectedSeq}–${entry.seq - 1} are missing (deleted)`
            : `entry ${entry.seq} is out of order`,
      });
    }
    if (entry.prevHash !== (previous?.hash ?? GENESIS_HASH)) {
      problems.push({
        seq: entry.seq,
        problem: `entry ${entry.seq} does not follow entry ${previous?.seq ?? 0}: an entry was deleted or moved`,
      });
    }
    if (auditHash(entry.seq, entry, entry.prevHash) !== entry.hash) {
      problems.push({
        seq: entry.seq,
        problem: `entry ${entry.seq} (${entry.action} on ${entry.subject}) was edited: its content no longer matches its hash`,
      });
    }
    previous = entry;
  }
  if (head && (previous?.seq !== head.seq || previous?.hash !== head.hash)) {
    problems.push({
      seq: head.seq,
      problem: `the log ends at entry ${previous?.seq ?? 0}, but entry ${head.seq} was the last one written: entries were deleted from the end`,
    });
  }
  return problems;
}
