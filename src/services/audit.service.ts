import type { Kysely } from 'kysely';
import { verifyAuditLog, type AuditEntry, type AuditProblem } from '../core/index.js';
import type { Database } from '../store/schema.js';
import { AuditRepository } from '../store/repositories/audit.repository.js';

/** Reading and verifying the append-only audit log. */
export class AuditService {
  private readonly audit: AuditRepository;

  constructor(db: Kysely<Database>) {
    this.audit = new AuditRepository(db);
  }

  entries(): Promise<AuditEntry[]> {
    return this.audit.all();
  }

  /** Checks the hash chain; an empty list means the log is intact. */
  async verify(): Promise<{ entries: number; problems: AuditProblem[] }> {
    const entries = await this.audit.all();
    return { entries: entries.length, problems: verifyAuditLog(entries, await this.audit.head()) };
  }
}
