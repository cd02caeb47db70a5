import type { AuditEntry } from './audit.js';

/** A party's assessment as the audit log records it. */
export interface ReplayedAssessment {
  readonly status: string;
  readonly narrative: string;
  /** `DOCUMENT@START-END`, sorted. */
  readonly evidence: readonly string[];
  readonly by: string;
  readonly at: string;
}

/** What the audit log says the current state is. */
export interface AuditReplay {
  /** By `COMMITMENT#PARTY`. */
  readonly assessments: ReadonlyMap<string, ReplayedAssessment>;
  /** Joint status by commitment id, for every commitment an import brought in. */
  readonly jointStatuses: ReadonlyMap<string, string>;
}

/**
 * Replays the log's assessment writes, joint status changes and imports into the state they lead
 * to. Every such change writes its full new value to the log, so the replay needs nothing else.
 */
export function replayAuditLog(entries: readonly AuditEntry[]): AuditReplay {
  const assessments = new Map<string, ReplayedAssessment>();
  const jointStatuses = new Map<string, string>();
  for (const entry of entries) {
    if (entry.action === 'assessment.write') {
      const after = entry.after as { status?: unknown; narrative?: unknown; evidence?: unknown } | null;
      assessments.set(entry.subject, {
        status: String(after?.status),
        narrative: String(after?.narrative ?? ''),
        by: entry.actor,
        at: entry.at,
        evidence: (Array.isArray(after?.evidence) ? after.evidence.map(String) : []).sort(),
      });
    } else if (entry.action === 'status.joint') {
      jointStatuses.set(entry.subject, String(entry.after));
    } else if (entry.action === 'agreement.import') {
      // A commitment starts as not started; a re-import keeps the status it has.
      const commitments = (entry.after as { commitments?: unknown } | null)?.commitments;
      for (const id of Array.isArray(commitments) ? commitments.map(String) : [])
        if (!jointStatuses.has(id)) jointStatuses.set(id, 'not_started');
    }
  }
  return { assessments, jointStatuses };
}
