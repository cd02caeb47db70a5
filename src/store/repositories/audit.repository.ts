import type { Kysely, Transaction } from 'kysely';
import { auditHash, GENESIS_HASH, type AuditEntry, type AuditRecord } from '../../core/index.js';
import type { Database } from '../schema.js';

type Executor = Kysely<Database> | Transaction<Database>;

/** The append-only audit log. Call `append` inside the transaction of the change it records. */
export class AuditRepository {
  constructor(private readonly db: Executor) {}

  async append(record: AuditRecord): Promise<AuditEntry> {
    const last = await this.db
      .selectFrom('audit_log')
      .select(['seq', 'hash'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    const seq = Number(last?.seq ?? 0) + 1;
    const prevHash = last?.hash ?? GENESIS_HASH;
    const hash = auditHash(seq, record, prevHash);
    await this.db
      .insertInto('audit_log')
      .values({
        seq,
        at: record.at,
        actor: record.actor,
        action: record.action,
        subject: record.subject,
        before: JSON.stringify(record.before ?? null),
        after: JSON.stringify(record.after ?? null),
        prev_hash: prevHash,
        hash,
      })
      .execute();
    const updated = await this.db.updateTable('audit_head').set({ seq, hash }).where('id', '=', 1).executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0)
      await this.db.insertInto('audit_head').values({ id: 1, seq, hash }).execute();
    return { ...record, seq, prevHash, hash };
  }

  /** Every entry in the order of its number. */
  async all(): Promise<AuditEntry[]> {
    const rows = await this.db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
    return rows.map((row) => ({
      seq: Number(row.seq),
      at: row.at,
      actor: row.actor,
      action: row.action,
      subject: row.subject,
      before: JSON.parse(row.before ?? 'null') as unknown,
      after: JSON.parse(row.after ?? 'null') as unknown,
      prevHash: row.prev_hash,
      hash: row.hash,
    }));
  }

  async head(): Promise<{ seq: number; hash: string } | null> {
    const row = await this.db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst();
    return row ? { seq: Number(row.seq), hash: row.hash } : null;
  }
}
